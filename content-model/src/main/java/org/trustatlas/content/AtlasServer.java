package org.trustatlas.content;

import java.util.Optional;
import java.util.ServiceLoader;

/**
 * A front end that serves an atlas over HTTP. The web adapter provides one through
 * {@link ServiceLoader}, so the command line can start it without the two adapters depending on
 * each other: {@code atlas serve} works whenever the web adapter is on the class path.
 */
public interface AtlasServer {

  /** Starts serving; returns once the server accepts requests. Port 0 picks a free port. */
  Running start(TrustAtlas atlas, String host, int port);

  /**
   * Starts serving, with {@code verbose} one log line per request (method, route, status, time;
   * never what a reader asked). A server without a request log ignores it.
   */
  default Running start(TrustAtlas atlas, String host, int port, boolean verbose) {
    return start(atlas, host, port);
  }

  /** A started server. Closing it lets in-flight requests finish, then stops. */
  interface Running extends AutoCloseable {
    int port();

    /** Blocks until the server stops (for example on SIGTERM). */
    void awaitStop() throws InterruptedException;

    @Override
    void close();
  }

  /** The server on the class path, if any. */
  static Optional<AtlasServer> find() {
    return ServiceLoader.load(AtlasServer.class).findFirst();
  }
}
