package org.trustatlas.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Header;
import org.trustatlas.content.json.AtlasJson;
import org.trustatlas.core.model.Atlas;
import org.trustatlas.web.http.CachePolicy;
import org.trustatlas.web.http.RouteGroup;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /api/v1/health} (and {@code /health} for process supervisors): the server is up and
 * which pack it serves. Never cached, since it answers "now".
 */
public final class HealthApi implements RouteGroup {

  private final String body;

  public HealthApi(Atlas atlas) {
    ObjectNode node = AtlasJson.object();
    node.put("status", "ok");
    node.set("pack", AtlasJson.pack(atlas.pack()));
    node.put("concepts", atlas.size());
    node.put("relations", atlas.relations().size());
    this.body = AtlasJson.compact(node);
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get(Api.PREFIX + "/health", this::health);
    routes.get("/health", this::health);
  }

  private void health(Context ctx) {
    ctx.header(Header.CACHE_CONTROL, CachePolicy.NO_STORE.header());
    ctx.contentType("application/json; charset=utf-8").result(body);
  }
}
