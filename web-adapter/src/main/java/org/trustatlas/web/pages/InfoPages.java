package org.trustatlas.web.pages;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.trustatlas.web.http.QueryParams;
import org.trustatlas.web.http.RouteGroup;

/** Pages without atlas data: how to browse privately. */
final class InfoPages implements RouteGroup {

  private final Pages pages;

  InfoPages(Pages pages) {
    this.pages = pages;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get("/privacy", ctx -> fixed(ctx, "/privacy", "privacy"));
  }

  private void fixed(Context ctx, String path, String template) {
    QueryParams.of(ctx);
    pages.page(path, template, null, () -> null).send(ctx);
  }
}
