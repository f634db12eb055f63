package org.trustatlas.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.content.json.AtlasJson;
import org.trustatlas.core.safety.Region;
import org.trustatlas.web.http.CachedBody;
import org.trustatlas.web.http.QueryParams;
import org.trustatlas.web.http.RouteGroup;

/**
 * {@code /api/v1/resources?region=CC}: the region's emergency number and its services by type, each
 * from the international directory where the region lists none of that type. Without a region, the
 * international directory. Content cannot change while the server runs, so answers carry an ETag.
 */
public final class ResourcesApi implements RouteGroup {

  private final TrustAtlas atlas;
  private final Map<Region, CachedBody> cache = new ConcurrentHashMap<>();

  public ResourcesApi(TrustAtlas atlas) {
    this.atlas = atlas;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get(Api.PREFIX + "/resources", this::resources);
  }

  private void resources(Context ctx) {
    Region region = QueryParams.of(ctx, "region").optional("region").map(ResourcesApi::region)
        .orElse(Region.INTERNATIONAL);
    // A region that names no country gets the international directory, never an error: people ask
    // this route for help. The answer says INTL, so a client can tell.
    cache.computeIfAbsent(region, r -> ConceptsApi.json(AtlasJson.resources(r, atlas.emergencyCall(r),
        atlas.resources(r)))).send(ctx);
  }

  static Region region(String text) {
    return Region.recognise(text).orElse(Region.INTERNATIONAL);
  }
}
