package org.trustatlas.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.content.json.AtlasJson;
import org.trustatlas.core.dynamics.Scenario;
import org.trustatlas.web.http.CachedBody;
import org.trustatlas.web.http.JsonBody;
import org.trustatlas.web.http.Problems;
import org.trustatlas.web.http.QueryParams;
import org.trustatlas.web.http.RouteGroup;
import org.trustatlas.web.http.SimulationRequests;

/**
 * {@code GET /api/v1/scenarios} (the pack's named scenarios) and {@code POST /api/v1/simulations}:
 * run a named scenario ({@code {"scenario": id, "steps"?, "seed"?}}) or one written in full in the
 * shape of {@code scenarios.yaml}. Same JSON as {@code atlas scenarios --json} and {@code atlas
 * simulate --json}; every result carries the notice that it is an illustration, not a prediction.
 */
public final class SimulationsApi implements RouteGroup {

  private final TrustAtlas atlas;
  /** Written on first use, so start-up does not wait for the pack's scenarios files. */
  private final Map<String, CachedBody> cache = new ConcurrentHashMap<>();

  public SimulationsApi(TrustAtlas atlas) {
    this.atlas = atlas;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get(Api.PREFIX + "/scenarios", ctx -> {
      QueryParams.of(ctx);
      cache.computeIfAbsent("scenarios", k -> ConceptsApi.json(AtlasJson.scenarios(atlas.scenarios()))).send(ctx);
    });
    routes.post(Api.PREFIX + "/simulations", this::simulate);
  }

  /** The members of the named form; a body with any other is a scenario written out. */
  private static final java.util.Set<String> NAMED_FORM = java.util.Set.of("scenario", "steps", "seed");

  private static final String MISSING = "Member 'scenario' is required: the id of one of the pack's scenarios, "
      + "such as {\"scenario\": \"early-breach\"} (see GET /api/v1/scenarios), with steps and a seed if wanted; or "
      + "send a scenario written out instead, with its id, title, steps and events.";

  private void simulate(Context ctx) {
    QueryParams.of(ctx);
    JsonBody body = JsonBody.read(ctx);
    Scenario scenario;
    // A body with no member of a written scenario of its own (only steps, a seed, or nothing) meant
    // the named form, and is told it lacks its scenario, not that a written one lacks its id. Any
    // other member (id, title, initial, partnerHarm, even a misspelt one) means a scenario written out.
    if (body.has("scenario") || NAMED_FORM.containsAll(body.names())) {
      body.allow("scenario", "steps", "seed");
      String id = body.string("scenario").orElseThrow(() -> Problems.invalidBody("/scenario", MISSING).toException());
      scenario = SimulationRequests.named(atlas, "scenario", id, body.intBetween("steps", 1, Scenario.MAX_STEPS),
          body.longValue("seed"));
    } else {
      scenario = SimulationRequests.written(body.text());
    }
    CachedBody.sendFresh(ctx, AtlasJson.simulation(SimulationRequests.run(atlas, scenario)));
  }
}
