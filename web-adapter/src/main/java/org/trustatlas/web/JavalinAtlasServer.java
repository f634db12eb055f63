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
  public String name() {
    return DEFAULT;
  }

  @Override
  public Running start(TrustAtlas atlas, String host, int port) {
    return start(atlas, host, port, WebOptions.fromSystemProperties());
  }

  @Override
  public Running start(TrustAtlas atlas, String host, int port, boolean verbose) {
    WebOptions options = WebOptions.fromSystemProperties();
    return start(atlas, host, port, verbose ? options.withRequestLog(true) : options);
  }

  public static RunningServer start(TrustAtlas atlas, String host, int port, WebOptions options) {
    WebApp app = WebApp.create(atlas, options, List.of());
    RunningServer server = RunningServer.start(app, host, port);
    // The search index and the guidance files are built at start, beside the open port rather than
    // before it: concept pages answer at once, and a search that comes in meanwhile waits for the
    // one build instead of starting its own. /health/ready says 200 once it is done.
    Thread prepare = new Thread(() -> {
      atlas.prepared();
      app.markReady();
    }, "trust-atlas-prepare");
    prepare.setDaemon(true);
    prepare.start();
    return server;
  }
}
