package org.trustatlas.web.api;

import io.javalin.config.RoutesConfig;
import org.trustatlas.web.http.RouteGroup;

/**
 * {@code /bench/hello}: the smallest possible answer, registered only when the server is started
 * for a throughput benchmark, so content routes can be compared with a hello-world on the same
 * server, filters and headers included.
 */
public final class BenchRoutes implements RouteGroup {

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get("/bench/hello", ctx -> ctx.contentType("text/plain; charset=utf-8").result("hello"));
  }
}
