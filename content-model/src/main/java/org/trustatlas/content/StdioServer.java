package org.trustatlas.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * A front end that answers a protocol over a process's standard input and output, such as the Model
 * Context Protocol adapter behind {@code atlas mcp}. Found through {@link ServiceLoader} by name, like
 * {@link AtlasServer}, so the command line starts it without depending on the adapter.
 */
public interface StdioServer {

  /** The protocol's short name, as the command line calls it: {@code mcp}. */
  String name();

  /**
   * Answers the messages read from {@code in} (UTF-8) on {@code out} until {@code in} ends, flushing
   * each reply. Writes nothing but protocol messages to {@code out}; diagnostics go to standard
   * error, and never what a client sent.
   */
  void serve(TrustAtlas atlas, InputStream in, Writer out) throws IOException;

  /** The server for {@code name} on the class path, if any. */
  static Optional<StdioServer> find(String name) {
    return ServiceLoader.load(StdioServer.class).stream().map(ServiceLoader.Provider::get)
        .filter(server -> server.name().equals(name)).findFirst();
  }
}
