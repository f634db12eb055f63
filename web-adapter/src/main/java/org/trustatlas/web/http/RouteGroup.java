package org.trustatlas.web.http;

import io.javalin.config.RoutesConfig;

/**
 * One group of routes (concepts API, concept pages, ...). New features add a group and list it in
 * the web app's wiring; a group translates HTTP to atlas calls and back, nothing more.
 */
@FunctionalInterface
public interface RouteGroup {

  void addTo(RoutesConfig routes);
}
