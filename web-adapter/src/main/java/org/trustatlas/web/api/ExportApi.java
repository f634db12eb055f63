package org.trustatlas.web.api;

import io.javalin.config.RoutesConfig;
import org.trustatlas.content.json.AtlasJson;
import org.trustatlas.core.model.Atlas;
import org.trustatlas.web.http.CachedBody;
import org.trustatlas.web.http.QueryParams;
import org.trustatlas.web.http.RouteGroup;

/** {@code /api/v1/export}: the whole atlas in one document, written once at start-up. */
public final class ExportApi implements RouteGroup {

  private final CachedBody body;

  public ExportApi(Atlas atlas) {
    this.body = ConceptsApi.json(AtlasJson.atlas(atlas));
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get(Api.PREFIX + "/export", ctx -> {
      QueryParams.of(ctx);
      body.send(ctx);
    });
  }
}
