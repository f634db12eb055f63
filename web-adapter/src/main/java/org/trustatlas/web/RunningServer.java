package org.trustatlas.web;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.trustatlas.content.AtlasServer;

/**
 * A started server. Stopping it (by {@link #close()} or SIGTERM) refuses new connections, lets
 * in-flight requests finish for up to {@link WebApp#STOP_TIMEOUT_MS}, then stops.
 */
public final class RunningServer implements AtlasServer.Running {

  private final WebApp app;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final AtomicBoolean stopping = new AtomicBoolean();
  private final Thread shutdownHook;

  private RunningServer(WebApp app) {
    this.app = app;
    this.shutdownHook = new Thread(this::stop, "trustatlas-web-shutdown");
  }

  public static RunningServer start(WebApp app, String host, int port) {
    RunningServer server = new RunningServer(app);
    server.stopOnSignals(); // before the port opens, so no signal finds the JVM's default handler
    app.javalin().start(host, port);
    Runtime.getRuntime().addShutdownHook(server.shutdownHook);
    return server;
  }

  /**
   * SIGTERM and SIGINT stop the server gracefully (no new connections, in-flight requests finish for
   * up to {@link WebApp#STOP_TIMEOUT_MS}) and let {@link #awaitStop()} return, so {@code atlas serve}
   * exits 0: a stop that was asked for is not a failure. Without this the JVM would exit 143 or 130.
   */
  private void stopOnSignals() {
    for (String name : new String[] {"TERM", "INT"}) {
      try {
        sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> {
          Thread stopper = new Thread(this::stop, "trustatlas-web-stop-on-" + name);
          stopper.start();
        });
      } catch (IllegalArgumentException unavailable) {
        // this platform does not have the signal, or the JVM reserves it: the shutdown hook still stops
      }
    }
  }

  @Override
  public int port() {
    return app.javalin().port();
  }

  /** The routes this server answers, as "GET /path". */
  public List<String> routes() {
    return app.routes();
  }

  @Override
  public void awaitStop() throws InterruptedException {
    stopped.await();
  }

  @Override
  public void close() {
    stop();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException alreadyShuttingDown) {
      // the JVM is exiting and runs the hook itself; nothing to remove
    }
  }

  private void stop() {
    if (stopping.compareAndSet(false, true)) {
      try {
        app.javalin().stop();
      } finally {
        stopped.countDown();
      }
    }
  }
}
