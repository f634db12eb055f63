package org.trustatlas.content;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * A front end that serves an atlas over HTTP. The web adapter provides one through
 * {@link ServiceLoader}, so the command line can start it without the two adapters depending on
 * each other: {@code atlas serve} works whenever the web adapter is on the class path. With several
 * on the class path, {@code atlas serve --front-end NAME} chooses by {@link #name()}; the default is
 * {@value #DEFAULT}.
 */
public interface AtlasServer {

  /** The front end {@code atlas serve} starts when none is named: the web adapter. */
  String DEFAULT = "web";

  /** The front end's short name, as {@code atlas serve --front-end NAME} calls it: {@code web}. */
  String name();

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

  /** The server named {@code name} on the class path, if any. */
  static Optional<AtlasServer> find(String name) {
    Objects.requireNonNull(name, "name must not be null");
    return ServiceLoader.load(AtlasServer.class).stream().map(ServiceLoader.Provider::get)
        .filter(server -> server.name().equals(name)).findFirst();
  }

  /** The names of every server on the class path, sorted; empty when there is none. */
  static List<String> names() {
    return ServiceLoader.load(AtlasServer.class).stream().map(provider -> provider.get().name()).sorted().toList();
  }
}
