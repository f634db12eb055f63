package org.trustatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.eclipse.jetty.ee10.servlet.SessionHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.session.SessionIdManager;
import org.eclipse.jetty.session.SessionManager;
import org.junit.jupiter.api.Test;

/** What an orchestrator asks (live, ready) and what the server never keeps (sessions). */
class HealthAndSessionsTest {

  @Test
  void aServerIsLiveAtOnceButReadyOnlyOnceMarkedSo() {
    try (TestServer server = TestServer.start()) {
      assertThat(server.get("/health/live").statusCode()).isEqualTo(200);
      HttpResponse<String> starting = server.get("/health/ready");
      assertThat(starting.statusCode()).isEqualTo(503);
      assertThat(starting.body()).isEqualTo("{\"status\":\"starting\"}");
      assertThat(starting.headers().firstValue("Cache-Control")).hasValue("no-store");
    }
  }

  @Test
  void theServerTheCliStartsBecomesReadyOnceTheIndexIsBuilt() throws InterruptedException {
    RunningServer running = JavalinAtlasServer.start(TestServer.minimalPack(), "127.0.0.1", 0, WebOptions.defaults());
    try {
      HttpClient client = HttpClient.newHttpClient();
      int status = 0;
      for (int i = 0; i < 300 && status != 200; i++) {
        status = send(client, running.port(), "/health/ready").statusCode();
        Thread.sleep(status == 200 ? 0 : 50);
      }
      assertThat(status).isEqualTo(200);
      assertThat(send(client, running.port(), "/health/ready").body()).isEqualTo("{\"status\":\"ready\"}");
    } finally {
      running.close();
    }
  }

  @Test
  void thereIsNoSessionManagerAndNoCookieOnAnyAnswer() {
    WebApp app = WebApp.create(TestServer.minimalPack(), WebOptions.defaults(), List.of());
    RunningServer running = RunningServer.start(app, "127.0.0.1", 0);
    try {
      Server jetty = app.javalin().jettyServer().server();
      assertThat(jetty.getContainedBeans(SessionManager.class)).isEmpty();
      assertThat(jetty.getDescendants(SessionHandler.class)).isEmpty();
      assertThat(jetty.getBean(SessionIdManager.class)).isNull();
      HttpClient client = HttpClient.newHttpClient();
      for (String path : List.of("/", "/concepts", "/plan", "/check-in", "/health/live")) {
        assertThat(send(client, running.port(), path).headers().allValues("Set-Cookie")).as(path).isEmpty();
      }
    } finally {
      running.close();
    }
  }

  private static HttpResponse<String> send(HttpClient client, int port, String path) {
    try {
      return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
          .build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
