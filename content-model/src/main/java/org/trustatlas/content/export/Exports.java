package org.trustatlas.content.export;

import org.trustatlas.content.json.AtlasJson;
import org.trustatlas.core.model.Atlas;
import tools.jackson.databind.node.ObjectNode;

/**
 * Exports a whole atlas. Each format is deterministic for a given atlas: the same pack gives the
 * same bytes, so exports diff cleanly.
 *
 * <pre>{@code
 * String markdown = Exports.render(TrustAtlas.bundled().atlas(), ExportFormat.MARKDOWN);
 * }</pre>
 */
public final class Exports {

  /** The {@code $id} of the export's JSON Schema, also written as the export's {@code "$schema"}. */
  public static final String SCHEMA_ID = "https://trustatlas.org/schema/atlas.schema.json";

  /** Class-path location of that schema. */
  public static final String SCHEMA_RESOURCE = "/org/trustatlas/content/schema/atlas.schema.json";

  /** Class-path location of the JSON-LD context the JSON-LD export inlines. */
  public static final String CONTEXT_RESOURCE = "/org/trustatlas/content/export/context.jsonld";

  private Exports() {}

  /** The atlas as text in {@code format}, ending with a newline. */
  public static String render(Atlas atlas, ExportFormat format) {
    return switch (format) {
      case JSON -> AtlasJson.pretty(json(atlas));
      case JSONLD -> AtlasJson.pretty(jsonLd(atlas));
      case MARKDOWN -> markdown(atlas);
      case SCHEMA -> schema();
    };
  }

  /** {@code AtlasJson.atlas} with {@code "$schema"} first. */
  public static ObjectNode json(Atlas atlas) {
    ObjectNode node = AtlasJson.object();
    node.put("$schema", SCHEMA_ID);
    node.setAll(AtlasJson.atlas(atlas));
    return node;
  }

  public static ObjectNode jsonLd(Atlas atlas) {
    return new JsonLdExport(atlas).document();
  }

  public static String markdown(Atlas atlas) {
    return new MarkdownExport(atlas).document();
  }

  /** The JSON Schema of {@link #json}, as shipped. */
  public static String schema() {
    return Resources.text(SCHEMA_RESOURCE);
  }

  /** The JSON-LD context, as shipped, for tools that want it as a file. */
  public static String jsonLdContext() {
    return Resources.text(CONTEXT_RESOURCE);
  }
}
