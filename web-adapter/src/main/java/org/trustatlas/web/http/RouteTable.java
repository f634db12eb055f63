package org.trustatlas.web.http;

import io.javalin.event.HandlerMetaInfo;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The routes a server registered, as "GET /api/v1/concepts": the OpenAPI test compares against it. */
public final class RouteTable {

  private final List<String> routes = Collections.synchronizedList(new ArrayList<>());

  /** Records HTTP method routes; before/after filters are not routes. */
  public void add(HandlerMetaInfo info) {
    if (info.getHttpMethod().isHttpMethod()) {
      routes.add(info.getHttpMethod().name() + " " + info.getPath());
    }
  }

  public List<String> routes() {
    synchronized (routes) {
      return List.copyOf(routes);
    }
  }
}
