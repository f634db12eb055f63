package org.trustatlas.web.pages;

import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Supplier;
import org.trustatlas.web.http.CachePolicy;
import org.trustatlas.web.http.CachedBody;
import org.trustatlas.web.http.QueryParams;
import org.trustatlas.web.http.RouteGroup;

/**
 * The stylesheet and the quick-exit script, served from the jar. They are the only assets: no
 * fonts, images or scripts from anywhere else, so a page view tells no third party anything.
 */
final class Assets implements RouteGroup {

  private static final Map<String, String> FILES = Map.of(
      "site.css", "text/css; charset=utf-8",
      "quick-exit.js", "text/javascript; charset=utf-8");

  @Override
  public void addTo(RoutesConfig routes) {
    // Read and tagged when first asked for, after the page that links them: not while the server starts.
    FILES.forEach((name, type) -> {
      Supplier<CachedBody> body = CachedBody.onFirstRequest(() -> CachedBody.of(read(name), type, CachePolicy.PUBLIC));
      routes.get("/assets/" + name, ctx -> {
        QueryParams.of(ctx);
        body.get().send(ctx);
      });
    });
  }

  private static byte[] read(String name) {
    try (InputStream in = Assets.class.getResourceAsStream("/org/trustatlas/web/assets/" + name)) {
      if (in == null) {
        throw new IllegalStateException("asset " + name + " is missing from the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
