package org.trustatlas.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.content.json.AtlasJson;
import org.trustatlas.core.checkin.CheckInStep;
import org.trustatlas.core.safety.Region;
import org.trustatlas.web.http.CachedBody;
import org.trustatlas.web.http.CheckInRequests;
import org.trustatlas.web.http.JsonBody;
import org.trustatlas.web.http.QueryParams;
import org.trustatlas.web.http.RouteGroup;

/**
 * {@code GET /api/v1/checkin/questions} and {@code POST /api/v1/checkin}: the private check-in's
 * questions, safety first, and where a set of answers leads: resources at once on a danger answer,
 * a plan, or support when nothing was named. Answers are never stored, logged or cached.
 */
public final class CheckInApi implements RouteGroup {

  private final TrustAtlas atlas;
  /** Written on first use, so start-up does not wait for the pack's questions files. */
  private final Map<String, CachedBody> cache = new ConcurrentHashMap<>();

  public CheckInApi(TrustAtlas atlas) {
    this.atlas = atlas;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get(Api.PREFIX + "/checkin/questions", ctx -> {
      QueryParams.of(ctx);
      cache.computeIfAbsent("questions", k -> ConceptsApi.json(AtlasJson.checkIn(atlas.checkIn()))).send(ctx);
    });
    routes.post(Api.PREFIX + "/checkin", this::answer);
  }

  private void answer(Context ctx) {
    QueryParams.of(ctx);
    JsonBody body = JsonBody.read(ctx).allow("answers", "region");
    Region region = body.string("region").map(CheckInApi::region).orElse(Region.INTERNATIONAL);
    CheckInStep step = CheckInRequests.run(atlas, body.stringListMap("answers"), region);
    CachedBody.sendFresh(ctx, AtlasJson.checkInStep(step));
  }

  // Where resources come from until the answers say where the reader lives; one that names no
  // country is the international directory, never an error, since a danger answer may be inside.
  private static Region region(String text) {
    return Region.recognise(text).orElse(Region.INTERNATIONAL);
  }
}
