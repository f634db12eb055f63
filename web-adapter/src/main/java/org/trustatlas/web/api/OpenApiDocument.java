package org.trustatlas.web.api;

import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.trustatlas.web.http.CachePolicy;
import org.trustatlas.web.http.CachedBody;
import org.trustatlas.web.http.QueryParams;
import org.trustatlas.web.http.RouteGroup;

/**
 * {@code /api/v1/openapi.json}: the OpenAPI 3.1 description, kept as a reviewed resource next to
 * this class. A test checks it against the routes the server really registers.
 */
public final class OpenApiDocument implements RouteGroup {

  static final String RESOURCE = "/org/trustatlas/web/api/openapi.json";

  private final CachedBody body = CachedBody.of(read(), CachedBody.JSON, CachePolicy.PUBLIC);

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get(Api.PREFIX + "/openapi.json", ctx -> {
      QueryParams.of(ctx);
      body.send(ctx);
    });
  }

  public static byte[] read() {
    try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the OpenAPI document is missing from the class path: " + RESOURCE);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
