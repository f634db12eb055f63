package org.trustatlas.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trustatlas.content.HttpEndpoint;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.web.http.QueryParams;
import org.trustatlas.web.http.RouteGroup;

/**
 * Endpoints of other front ends on the class path ({@code /mcp} of the MCP adapter), found through
 * {@link HttpEndpoint.Provider} so neither adapter depends on the other. They pass through this
 * server's body limit, security headers and private request log like every route; the body is read
 * here, within the limit, and handed over. An endpoint is mounted for POST, the one method a
 * stateless endpoint answers.
 */
public final class MountedEndpoints implements RouteGroup {

  private final List<HttpEndpoint> endpoints;

  public MountedEndpoints(List<HttpEndpoint> endpoints) {
    this.endpoints = List.copyOf(endpoints);
  }

  /** Every endpoint the class path provides, made for {@code atlas}. */
  public static MountedEndpoints found(TrustAtlas atlas) {
    return new MountedEndpoints(HttpEndpoint.all(atlas));
  }

  @Override
  public void addTo(RoutesConfig routes) {
    for (HttpEndpoint endpoint : endpoints) {
      Handler handler = ctx -> answer(endpoint, ctx);
      // POST only: every other method is this server's 405 with "Allow: POST", which is what the endpoint
      // would answer (mounting GET and DELETE for it to refuse made a PUT's Allow name them as allowed).
      routes.post(endpoint.path(), handler);
    }
  }

  private static void answer(HttpEndpoint endpoint, Context ctx) {
    QueryParams.of(ctx);
    Map<String, List<String>> headers = new LinkedHashMap<>();
    ctx.headerMap().forEach((name, value) -> headers.put(name, List.of(value)));
    HttpEndpoint.Response response = endpoint.handle(new HttpEndpoint.Request(ctx.method().name(), headers,
        ctx.bodyAsBytes()));
    response.headers().forEach(ctx::header);
    ctx.status(response.status()).result(response.body());
  }
}
