package org.trustatlas.cli;

import org.trustatlas.content.AtlasServer;
import org.trustatlas.content.TrustAtlas;

/** Stands in for the web adapter (registered for tests through META-INF/services): stops at once. */
public final class FakeServer implements AtlasServer {

  static volatile String startedOn;
  static volatile boolean closed;
  static volatile boolean verbose;

  @Override
  public String name() {
    return "fake";
  }

  @Override
  public Running start(TrustAtlas atlas, String host, int port, boolean verbose) {
    FakeServer.verbose = verbose;
    return start(atlas, host, port);
  }

  @Override
  public Running start(TrustAtlas atlas, String host, int port) {
    if (port == 1) {
      throw new IllegalStateException("port 1 is privileged");
    }
    if (port == 2) { // as the web adapter fails on a port in use: the bind error is a cause, not the message
      throw new IllegalStateException("Port already in use.",
          new java.io.IOException("Failed to bind", new java.net.BindException("Address already in use")));
    }
    if (host.equals("no such host")) { // as the web adapter fails on a host it cannot resolve
      throw new IllegalStateException("Port already in use. Make sure no other process is using port " + port,
          new java.io.IOException("Failed to bind", new java.nio.channels.UnresolvedAddressException()));
    }
    if (host.equals("192.0.2.1")) { // an address that is not this machine's
      throw new IllegalStateException("Port already in use.",
          new java.io.IOException("Failed to bind", new java.net.BindException("Cannot assign requested address")));
    }
    startedOn = host + ":" + port + " " + atlas.pack().id();
    closed = false;
    int actual = port == 0 ? 43210 : port;
    return new Running() {
      @Override
      public int port() {
        return actual;
      }

      @Override
      public void awaitStop() {
        // returns at once, as if the server had been stopped
      }

      @Override
      public void close() {
        closed = true;
      }
    };
  }
}
