/**
 * The web front end of Trust Atlas: starts Javalin, wires the route groups, and plugs into the
 * command line through the {@link org.trustatlas.content.AtlasServer} service. A thin adapter: it
 * translates HTTP to atlas queries and back, and decides nothing about content or safety.
 */
package org.trustatlas.web;
