package org.trustatlas.web;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.trustatlas.content.AtlasServer;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.content.json.AtlasJson;
import org.trustatlas.web.http.JettyStartup;

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
    // The concepts and the JSON mapper are made ready on a second thread while this one builds the
    // routes and starts Jetty: on two cores the server's first answer comes sooner than if either
    // waited for the other. For the bundled pack the parts are read from the build's snapshot.
    // /health/ready says 200 once they are all ready.
    JettyStartup.statePadding();
    CompletableFuture<WebApp> app = new CompletableFuture<>();
    Thread prepare = new Thread(() -> {
      // In the order this thread's work is asked for: the JSON mapper while the routes are declared
      // (the health route keeps a JSON body), then the JDK's locales Jetty reads as it is created.
      AtlasJson.mapper(); // its first use loads the date and locale machinery the first JSON answer needs
      JettyStartup.warm();
      atlas.atlas();
      // The rest (guidance, scenarios, the search index) once the port is open: on two cores, work
      // beside Jetty's start only delays the first answer.
      WebApp started = app.join();
      atlas.prepared();
      started.markReady();
    }, "trust-atlas-prepare");
    prepare.setDaemon(true);
    prepare.start();
    JettyStartup.preload();
    WebApp created = WebApp.create(atlas, options, List.of());
    RunningServer server = RunningServer.start(created, host, port);
    app.complete(created);
    return server;
  }
}
