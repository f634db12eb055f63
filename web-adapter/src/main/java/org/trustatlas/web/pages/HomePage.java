package org.trustatlas.web.pages;

import io.javalin.config.RoutesConfig;
import org.trustatlas.web.http.QueryParams;
import org.trustatlas.web.http.RouteGroup;

/** {@code /}: what sexual trust is, and the article as a walk-through in four parts. */
final class HomePage implements RouteGroup {

  private final Pages pages;

  HomePage(Pages pages) {
    this.pages = pages;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get("/", ctx -> {
      QueryParams.of(ctx);
      pages.page("/", "home", "home", () -> ArticleTour.build(pages.views())).send(ctx);
    });
  }
}
