package org.trustatlas.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.trustatlas.content.json.AtlasJson;
import org.trustatlas.core.model.Atlas;
import org.trustatlas.core.model.Concept;
import org.trustatlas.core.model.ConceptKind;
import org.trustatlas.core.model.Direction;
import org.trustatlas.core.model.RelationKind;
import org.trustatlas.web.http.CachePolicy;
import org.trustatlas.web.http.CachedBody;
import org.trustatlas.web.http.ConceptLookup;
import org.trustatlas.web.http.QueryParams;
import org.trustatlas.web.http.RouteGroup;

/**
 * {@code /api/v1/concepts}, one concept, and its relations. The atlas never changes while the
 * server runs, so each answer is written once, kept with its ETag, and served from memory.
 */
public final class ConceptsApi implements RouteGroup {

  private final Atlas atlas;
  private final ConceptLookup lookup;
  private final Map<String, CachedBody> cache = new ConcurrentHashMap<>();

  public ConceptsApi(Atlas atlas) {
    this.atlas = atlas;
    this.lookup = new ConceptLookup(atlas);
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get(Api.PREFIX + "/concepts", this::list);
    routes.get(Api.PREFIX + "/concepts/{id}", this::one);
    routes.get(Api.PREFIX + "/concepts/{id}/related", this::related);
  }

  private void list(Context ctx) {
    Optional<ConceptKind> kind = QueryParams.of(ctx, "kind").slug("kind", ConceptKind.class);
    String key = "list " + kind.map(ConceptKind::slug).orElse("*");
    cache.computeIfAbsent(key, k -> json(AtlasJson.concepts(
        kind.<Collection<Concept>>map(c -> atlas.concepts(c)).orElseGet(() -> atlas.concepts()))))
        .send(ctx);
  }

  private void one(Context ctx) {
    QueryParams.of(ctx);
    Concept concept = lookup.inPath(ctx.pathParam("id"));
    cache.computeIfAbsent("one " + concept.id(), k -> json(AtlasJson.concept(concept))).send(ctx);
  }

  private void related(Context ctx) {
    QueryParams query = QueryParams.of(ctx, "relation", "direction");
    Concept concept = lookup.inPath(ctx.pathParam("id"));
    Direction direction = query.slug("direction", Direction.class).orElse(Direction.BOTH);
    Optional<RelationKind> kind = query.slug("relation", RelationKind.class);
    String key = "related " + concept.id() + " " + kind.map(RelationKind::slug).orElse("*") + " " + direction;
    cache.computeIfAbsent(key, k -> json(AtlasJson.links(kind
        .map(r -> atlas.related(concept.id(), r, direction))
        .orElseGet(() -> atlas.related(concept.id(), direction))))).send(ctx);
  }

  static CachedBody json(tools.jackson.databind.JsonNode node) {
    return CachedBody.of(AtlasJson.compact(node), CachedBody.JSON, CachePolicy.PUBLIC);
  }
}
