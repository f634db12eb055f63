package org.trustatlas.web.api;

import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.trustatlas.content.json.AtlasJson;
import org.trustatlas.web.http.CachePolicy;
import org.trustatlas.web.http.CachedBody;
import org.trustatlas.web.http.QueryParams;
import org.trustatlas.web.http.RouteGroup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /api/v1/openapi.json}: the OpenAPI 3.1 description. The paths are a reviewed resource next
 * to this class; the response shapes of search, plans, check-in, resources and the simulator are the
 * content model's published output schemas, taken in whole when the document is first asked for, so
 * the two cannot drift. A test checks the document against the routes the server really registers.
 */
public final class OpenApiDocument implements RouteGroup {

  static final String RESOURCE = "/org/trustatlas/web/api/openapi.json";
  static final String SCHEMAS = "/org/trustatlas/content/schema/";

  /** Component name to the content model's schema file, and the part of it that is the schema. */
  private record Source(String file, String pointer) {}

  private static final Map<String, Source> FROM_CONTENT_MODEL = sources();

  private final Supplier<CachedBody> body =
      CachedBody.onFirstRequest(() -> CachedBody.of(read(), CachedBody.JSON, CachePolicy.PUBLIC));

  private static Map<String, Source> sources() {
    Map<String, Source> sources = new LinkedHashMap<>();
    sources.put("SearchResults", new Source("search.output.schema.json", ""));
    sources.put("Plan", new Source("plan.output.schema.json", ""));
    sources.put("CheckInQuestions", new Source("checkin.output.schema.json", ""));
    sources.put("CheckInStep", new Source("checkin-step.output.schema.json", ""));
    sources.put("Resources", new Source("resources.output.schema.json", ""));
    sources.put("Scenarios", new Source("scenarios.output.schema.json", ""));
    sources.put("Simulation", new Source("simulation.output.schema.json", ""));
    sources.put("ScenarioInput", new Source("scenarios.schema.json", "/properties/scenarios/items"));
    return sources;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get(Api.PREFIX + "/openapi.json", ctx -> {
      QueryParams.of(ctx);
      body.get().send(ctx);
    });
  }

  /** The whole document, with the content model's schemas in {@code components/schemas}. */
  public static byte[] read() {
    ObjectNode doc = (ObjectNode) AtlasJson.mapper().readTree(resource(RESOURCE));
    ObjectNode schemas = (ObjectNode) doc.get("components").get("schemas");
    FROM_CONTENT_MODEL.forEach((name, source) -> {
      JsonNode file = AtlasJson.mapper().readTree(resource(SCHEMAS + source.file()));
      ObjectNode schema = ((ObjectNode) file.at(source.pointer())).deepCopy();
      schema.remove("$schema");
      schema.remove("$id");
      schemas.set(name, rewriteRefs(schema, name));
    });
    return AtlasJson.pretty(doc).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Points the schema's references into the document: {@code #/$defs/x} of schema {@code Plan} becomes
   * {@code #/components/schemas/Plan/$defs/x}; {@code plan.output.schema.json#/$defs/x} the same from
   * any other schema.
   */
  static JsonNode rewriteRefs(JsonNode node, String owner) {
    if (node instanceof ObjectNode object) {
      for (String name : java.util.List.copyOf(object.propertyNames())) {
        JsonNode value = object.get(name);
        if (name.equals("$ref") && value.isString()) {
          object.put(name, target(value.asString(), owner));
        } else {
          rewriteRefs(value, owner);
        }
      }
    } else if (node.isArray()) {
      node.forEach(child -> rewriteRefs(child, owner));
    }
    return node;
  }

  private static String target(String ref, String owner) {
    int hash = ref.indexOf('#');
    String file = hash < 0 ? ref : ref.substring(0, hash);
    String fragment = hash < 0 ? "" : ref.substring(hash + 1);
    String component = file.isEmpty() ? owner : FROM_CONTENT_MODEL.entrySet().stream()
        .filter(e -> e.getValue().file().equals(file) && e.getValue().pointer().isEmpty()).map(Map.Entry::getKey)
        .findFirst().orElseThrow(() -> new IllegalStateException("schema reference '" + ref + "' in " + owner
            + " names a file the API document does not include"));
    return "#/components/schemas/" + component + fragment;
  }

  private static byte[] resource(String name) {
    try (InputStream in = OpenApiDocument.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the OpenAPI document needs " + name + " on the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
