package org.trustatlas.web.pages;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Header;
import org.trustatlas.web.http.BodyLimits;
import org.trustatlas.web.http.CachePolicy;
import org.trustatlas.web.http.QueryParams;
import org.trustatlas.web.http.RouteGroup;

/**
 * Pages without atlas data: getting help, browsing privately, and search until the search work
 * lands (it will replace {@link #search}). Search answers are never cached: they echo a reader.
 */
final class InfoPages implements RouteGroup {

  private final Pages pages;

  InfoPages(Pages pages) {
    this.pages = pages;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get("/resources", ctx -> fixed(ctx, "/resources", "resources"));
    routes.get("/privacy", ctx -> fixed(ctx, "/privacy", "privacy"));
    routes.get("/search", ctx -> {
      QueryParams.of(ctx, "q");
      search(ctx);
    });
    routes.post("/search", ctx -> {
      QueryParams.of(ctx);
      BodyLimits.require(ctx, BodyLimits.FORM);
      search(ctx);
    });
  }

  private void fixed(Context ctx, String path, String template) {
    QueryParams.of(ctx);
    pages.page(path, template, null, () -> null).send(ctx);
  }

  /** Placeholder: the form's words are accepted and dropped, never echoed, stored or logged. */
  private void search(Context ctx) {
    ctx.header(Header.CACHE_CONTROL, CachePolicy.NO_STORE.header());
    ctx.html(pages.html("/search", "search", null, null));
  }
}
