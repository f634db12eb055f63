package org.trustatlas.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.web.http.RouteGroup;

/** A real server on a free port, serving the small test pack, with a plain JDK HTTP client. */
final class TestServer implements AutoCloseable {

  static final String NEUTRAL = "https://neutral.invalid/weather";

  private final RunningServer server;
  private final HttpClient client = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

  private TestServer(RunningServer server) {
    this.server = server;
  }

  static TestServer start(RouteGroup... extra) {
    return start(WebOptions.defaults().withQuickExitUrl(NEUTRAL), extra);
  }

  static TestServer start(WebOptions options, RouteGroup... extra) {
    return start(minimalPack(), options, extra);
  }

  static TestServer start(TrustAtlas atlas, WebOptions options, RouteGroup... extra) {
    WebApp app = WebApp.create(atlas, options, List.of(extra));
    return new TestServer(RunningServer.start(app, "127.0.0.1", 0));
  }

  static TrustAtlas minimalPack() {
    return TrustAtlas.load(resource("/packs/minimal"));
  }

  static Path resource(String name) {
    URL url = TestServer.class.getResource(name);
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  int port() {
    return server.port();
  }

  List<String> routes() {
    return server.routes();
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port() + path);
  }

  HttpResponse<String> get(String path, String... headers) {
    return send(HttpRequest.newBuilder(uri(path)).GET(), headers);
  }

  HttpResponse<String> send(String method, String path, String body, String... headers) {
    return send(HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.ofString(body)),
        headers);
  }

  HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
    if (headers.length > 0) {
      request.headers(headers);
    }
    try {
      return client.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.close();
  }
}
