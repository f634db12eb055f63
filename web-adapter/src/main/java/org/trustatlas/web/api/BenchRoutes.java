package org.trustatlas.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.function.Supplier;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.content.json.AtlasJson;
import org.trustatlas.core.repair.ReaderRole;
import org.trustatlas.core.repair.Situation;
import org.trustatlas.web.http.CachedBody;
import org.trustatlas.web.http.CachePolicy;
import org.trustatlas.web.http.JsonBody;
import org.trustatlas.web.http.RouteGroup;

/**
 * Routes for a throughput benchmark, registered only when the server is started for one, so content
 * routes can be compared on the same server, filters and headers included:
 *
 * <ul>
 *   <li>{@code GET /bench/hello}: the smallest possible answer.
 *   <li>{@code POST /bench/plan-fixed}: the plans route's answer to the benchmark's own situation
 *       (infidelity, the hurt partner, GB), made once and then sent after each request's body is
 *       read as the plans route reads it. Set beside {@code POST /api/v1/plans}, it tells what a
 *       plan costs to make from what an answer of its size costs to send.
 * </ul>
 */
public final class BenchRoutes implements RouteGroup {

  /** The situation {@code bench/web-throughput.sh} posts to the plans route. */
  private static final Situation PLAN_SITUATION = Situation.of(ReaderRole.HURT_PARTNER, "infidelity").inRegion("GB");

  private final Supplier<CachedBody> fixedPlan;

  public BenchRoutes(TrustAtlas atlas) {
    this.fixedPlan = CachedBody.onFirstRequest(() -> CachedBody.of(
        AtlasJson.compactBytes(AtlasJson.plan(atlas.plan(PLAN_SITUATION))), CachedBody.JSON, CachePolicy.NO_STORE));
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get("/bench/hello", ctx -> ctx.contentType("text/plain; charset=utf-8").result("hello"));
    routes.post("/bench/plan-fixed", this::fixedPlan);
  }

  private void fixedPlan(Context ctx) {
    JsonBody.read(ctx).allow("challenges", "role", "flags", "aggravators", "region");
    CachedBody body = fixedPlan.get();
    ctx.header("Cache-Control", body.policy().header());
    ctx.contentType(body.contentType()).result(body.bytes());
  }
}
