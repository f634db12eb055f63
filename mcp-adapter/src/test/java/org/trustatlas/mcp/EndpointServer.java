package org.trustatlas.mcp;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.trustatlas.content.HttpEndpoint;

/**
 * The JDK's own HTTP server mounting one {@link HttpEndpoint} on a free loopback port, standing in for
 * the web adapter (which the MCP adapter does not depend on) so the SDK's HTTP client can be tested
 * against the endpoint over a real socket.
 */
final class EndpointServer implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(4);

  private EndpointServer(HttpEndpoint endpoint) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(endpoint.path(), exchange -> answer(endpoint, exchange));
    server.setExecutor(threads);
    server.start();
  }

  static EndpointServer start(HttpEndpoint endpoint) throws IOException {
    return new EndpointServer(endpoint);
  }

  String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private static void answer(HttpEndpoint endpoint, HttpExchange exchange) throws IOException {
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readAllBytes();
    }
    Map<String, List<String>> headers = new LinkedHashMap<>(exchange.getRequestHeaders());
    HttpEndpoint.Response response = endpoint.handle(new HttpEndpoint.Request(exchange.getRequestMethod(), headers,
        body));
    response.headers().forEach(exchange.getResponseHeaders()::add);
    byte[] out = response.body();
    exchange.sendResponseHeaders(response.status(), out.length == 0 ? -1 : out.length);
    try (OutputStream stream = exchange.getResponseBody()) {
      stream.write(out);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
