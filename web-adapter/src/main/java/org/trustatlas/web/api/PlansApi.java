package org.trustatlas.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.content.json.AtlasJson;
import org.trustatlas.web.http.CachedBody;
import org.trustatlas.web.http.JsonBody;
import org.trustatlas.web.http.PlanRequests;
import org.trustatlas.web.http.QueryParams;
import org.trustatlas.web.http.RouteGroup;

/**
 * {@code POST /api/v1/plans}: a situation in, its repair plan out, safety block first, in the same
 * JSON as {@code atlas plan --json}. The request is never stored, logged or cached.
 */
public final class PlansApi implements RouteGroup {

  private final PlanRequests plans;

  public PlansApi(TrustAtlas atlas) {
    this.plans = new PlanRequests(atlas);
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.post(Api.PREFIX + "/plans", this::plan);
  }

  private void plan(Context ctx) {
    QueryParams.of(ctx);
    JsonBody body = JsonBody.read(ctx).allow("challenges", "role", "flags", "aggravators", "region");
    PlanRequests.Input input = new PlanRequests.Input(body.strings("challenges"), body.string("role"),
        body.stringMap("flags"), body.strings("aggravators"), body.string("region"));
    CachedBody.sendFresh(ctx, AtlasJson.plan(plans.plan(input)));
  }
}
