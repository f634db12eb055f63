package org.trustatlas.mcp;

import io.modelcontextprotocol.server.McpStatelessServerFeatures.SyncResourceSpecification;
import io.modelcontextprotocol.server.McpStatelessServerFeatures.SyncResourceTemplateSpecification;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema.ErrorCodes;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceResult;
import io.modelcontextprotocol.spec.McpSchema.Resource;
import io.modelcontextprotocol.spec.McpSchema.ResourceTemplate;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.content.input.Quote;
import org.trustatlas.content.json.AtlasJson;
import org.trustatlas.core.model.Atlas;
import org.trustatlas.core.model.Concept;
import org.trustatlas.core.model.Direction;
import org.trustatlas.core.safety.Region;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What an assistant can read without calling a tool: every concept ({@code atlas://concepts/{id}},
 * listed one by one and as a template), the article sentence by sentence, and the whole directory of
 * crisis resources. All JSON, in the HTTP API's shapes.
 */
final class AtlasResources {

  static final String CONCEPTS = "atlas://concepts/";
  static final String ARTICLE = "atlas://article";
  static final String DIRECTORY = "atlas://resources";
  private static final String JSON = "application/json";

  private final TrustAtlas trustAtlas;
  private final Atlas atlas;
  private final ConceptNames names;

  AtlasResources(TrustAtlas trustAtlas, ConceptNames names) {
    this.trustAtlas = trustAtlas;
    this.atlas = trustAtlas.atlas();
    this.names = names;
  }

  List<SyncResourceSpecification> resources() {
    List<SyncResourceSpecification> resources = new ArrayList<>();
    resources.add(fixed(Resource.builder(ARTICLE, "article").title(atlas.article().title())
        .description("The article the atlas is built on, every sentence with its id (S01, S02, ...), which "
            + "concepts and relations cite.").mimeType(JSON).build(), () -> AtlasJson.article(atlas.article())));
    resources.add(fixed(Resource.builder(DIRECTORY, "crisis-resources").title("Crisis resources, every region")
        .description("Every region's emergency number and crisis services, each with its source, last check and "
            + "certainty; the resources tool answers for one region.").mimeType(JSON).build(), this::directory));
    for (Concept concept : atlas.concepts()) {
      resources.add(fixed(Resource.builder(CONCEPTS + concept.id().value(), concept.id().value()).title(concept.label())
          .description(concept.summary()).mimeType(JSON).build(), () -> page(concept)));
    }
    return resources;
  }

  /** Reads any {@code atlas://concepts/{id}}; an unknown id is "not found" with the nearest ids. */
  SyncResourceTemplateSpecification conceptTemplate() {
    ResourceTemplate template = ResourceTemplate.builder(CONCEPTS + "{id}", "concept").title("A concept")
        .description("One concept by id: what it is, the safety rules' cautions about it, its relations and the "
            + "article sentences it rests on.").mimeType(JSON).build();
    return new SyncResourceTemplateSpecification(template, (context, request) -> {
      String id = request.uri().substring(CONCEPTS.length());
      Concept concept = atlas.concept(id).orElseThrow(() -> McpError.builder(ErrorCodes.RESOURCE_NOT_FOUND)
          .message("Resource not found: no concept has the id " + Quote.of(id) + names.hint(id))
          .data(Map.of("uri", Quote.bare(request.uri()), "suggestions", names.nearest(id).stream().map(n -> CONCEPTS + n).toList()))
          .build());
      return read(request.uri(), page(concept));
    });
  }

  private ObjectNode page(Concept concept) {
    return AtlasJson.conceptPage(atlas, concept, trustAtlas.cautions(concept), atlas.related(concept.id(),
        Direction.BOTH));
  }

  /** {@code {"regions": [resources]}}: the international directory first, then each region by code. */
  private ObjectNode directory() {
    ObjectNode node = AtlasJson.object();
    ArrayNode regions = node.putArray("regions");
    List<Region> all = new ArrayList<>(trustAtlas.resourceDirectory().regions());
    all.remove(Region.INTERNATIONAL);
    all.sort(Comparator.comparing(Region::code));
    all.add(0, Region.INTERNATIONAL);
    all.forEach(region -> regions.add(AtlasJson.resources(region, trustAtlas.emergencyCall(region),
        trustAtlas.resources(region))));
    return node;
  }

  private static SyncResourceSpecification fixed(Resource resource, Supplier<JsonNode> body) {
    return new SyncResourceSpecification(resource, (context, request) -> read(request.uri(), body.get()));
  }

  private static ReadResourceResult read(String uri, JsonNode body) {
    return ReadResourceResult.builder(List.of(TextResourceContents.builder(uri, AtlasJson.compact(body))
        .mimeType(JSON).build())).build();
  }
}
