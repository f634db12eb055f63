package org.trustatlas.web.api;

import io.javalin.config.RoutesConfig;
import java.util.function.Supplier;
import org.trustatlas.content.json.AtlasJson;
import org.trustatlas.core.model.Atlas;
import org.trustatlas.web.http.CachedBody;
import org.trustatlas.web.http.QueryParams;
import org.trustatlas.web.http.RouteGroup;

/** {@code /api/v1/export}: the whole atlas in one document, written once, when first asked for. */
public final class ExportApi implements RouteGroup {

  private final Supplier<CachedBody> body;

  public ExportApi(Atlas atlas) {
    this.body = CachedBody.onFirstRequest(() -> ConceptsApi.json(AtlasJson.atlas(atlas)));
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get(Api.PREFIX + "/export", ctx -> {
      QueryParams.of(ctx);
      body.get().send(ctx);
    });
  }
}
