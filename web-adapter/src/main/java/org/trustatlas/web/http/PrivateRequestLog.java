package org.trustatlas.web.http;

import io.javalin.http.Context;
import io.javalin.http.RequestLogger;
import io.javalin.router.Endpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The only request log. It records the method, the route <em>template</em> (such as
 * {@code /concepts/{id}}), the status and the time taken: never the query string, the body, the
 * concrete path, the client address or any header, because what a reader looks up or answers can
 * put them in danger. The server installs it only when asked ({@code atlas serve --verbose}); it
 * writes to the {@code org.trustatlas.web.requests} logger at info.
 */
public final class PrivateRequestLog implements RequestLogger {

  static final Logger LOG = LoggerFactory.getLogger("org.trustatlas.web.requests");

  @Override
  public void handle(Context ctx, Float millis) {
    LOG.info("{} {} {} {}ms", ctx.method().name(), route(ctx), ctx.statusCode(), Math.round(millis));
  }

  /** The matched route's template; requests that matched no route are not described at all. */
  static String route(Context ctx) {
    try {
      // the matched route, not the last handler run (the after-handler for every path is "*")
      Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
      return endpoint == null ? "(no route)" : endpoint.path;
    } catch (RuntimeException none) {
      return "(no route)";
    }
  }
}
