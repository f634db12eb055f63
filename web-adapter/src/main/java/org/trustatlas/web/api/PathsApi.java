package org.trustatlas.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.trustatlas.content.json.AtlasJson;
import org.trustatlas.core.model.Atlas;
import org.trustatlas.core.model.Concept;
import org.trustatlas.web.http.ConceptLookup;
import org.trustatlas.web.http.QueryParams;
import org.trustatlas.web.http.RouteGroup;
import tools.jackson.databind.node.ArrayNode;

/** {@code /api/v1/paths}: how one concept leads to another through typed relations. */
public final class PathsApi implements RouteGroup {

  static final int DEFAULT_DEPTH = 4;

  private final Atlas atlas;
  private final ConceptLookup lookup;

  public PathsApi(Atlas atlas) {
    this.atlas = atlas;
    this.lookup = new ConceptLookup(atlas);
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get(Api.PREFIX + "/paths", this::paths);
  }

  private void paths(Context ctx) {
    QueryParams query = QueryParams.of(ctx, "from", "to", "depth");
    Concept from = lookup.inQuery("from", query.required("from"));
    Concept to = lookup.inQuery("to", query.required("to"));
    int depth = query.intBetween("depth", 1, Atlas.MAX_PATH_DEPTH, DEFAULT_DEPTH);
    ArrayNode paths = AtlasJson.array();
    atlas.paths(from.id(), to.id(), depth).forEach(p -> paths.add(AtlasJson.path(p)));
    ConceptsApi.json(paths).send(ctx);
  }
}
