package org.trustatlas.web;

import java.util.List;
import org.trustatlas.content.AtlasServer;
import org.trustatlas.content.TrustAtlas;

/**
 * The web front end as the command line finds it through {@link java.util.ServiceLoader}:
 * {@code atlas serve} starts this. Options come from system properties (see {@link WebOptions}).
 */
public final class JavalinAtlasServer implements AtlasServer {

  @Override
  public Running start(TrustAtlas atlas, String host, int port) {
    return start(atlas, host, port, WebOptions.fromSystemProperties());
  }

  public static RunningServer start(TrustAtlas atlas, String host, int port, WebOptions options) {
    RunningServer server = RunningServer.start(WebApp.create(atlas, options, List.of()), host, port);
    // The search index and the guidance files are built at start, beside the open port rather than
    // before it: concept pages answer at once, and a search that comes in meanwhile waits for the
    // one build instead of starting its own.
    Thread prepare = new Thread(atlas::prepared, "trust-atlas-prepare");
    prepare.setDaemon(true);
    prepare.start();
    return server;
  }
}
