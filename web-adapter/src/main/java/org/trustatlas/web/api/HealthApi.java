package org.trustatlas.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Header;
import java.util.function.BooleanSupplier;
import org.trustatlas.content.json.AtlasJson;
import org.trustatlas.core.model.Atlas;
import org.trustatlas.web.http.CachePolicy;
import org.trustatlas.web.http.QueryParams;
import org.trustatlas.web.http.RouteGroup;
import tools.jackson.databind.node.ObjectNode;

/**
 * Health for people and for orchestrators, never cached since each answers "now".
 * {@code /api/v1/health} and {@code /health}: up, and which pack. {@code /health/live}: the process
 * answers (a failing liveness probe restarts it). {@code /health/ready}: 200 once the pack and the
 * search index are loaded, 503 before, so a load balancer sends no reader to a replica still
 * starting.
 */
public final class HealthApi implements RouteGroup {

  private static final String LIVE = "{\"status\":\"live\"}";
  private static final String READY = "{\"status\":\"ready\"}";
  private static final String STARTING = "{\"status\":\"starting\"}";

  private final String body;
  private final BooleanSupplier ready;

  public HealthApi(Atlas atlas, BooleanSupplier ready) {
    ObjectNode node = AtlasJson.object();
    node.put("status", "ok");
    node.set("pack", AtlasJson.pack(atlas.pack()));
    node.put("concepts", atlas.size());
    node.put("relations", atlas.relations().size());
    this.body = AtlasJson.compact(node);
    this.ready = ready;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get(Api.PREFIX + "/health", ctx -> answer(ctx, 200, body));
    routes.get("/health", ctx -> answer(ctx, 200, body));
    routes.get("/health/live", ctx -> answer(ctx, 200, LIVE));
    routes.get("/health/ready", this::readiness);
  }

  private void readiness(Context ctx) {
    boolean now = ready.getAsBoolean();
    answer(ctx, now ? 200 : 503, now ? READY : STARTING);
  }

  private static void answer(Context ctx, int status, String json) {
    QueryParams.of(ctx);
    ctx.status(status);
    ctx.header(Header.CACHE_CONTROL, CachePolicy.NO_STORE.header());
    ctx.contentType("application/json; charset=utf-8").result(json);
  }
}
