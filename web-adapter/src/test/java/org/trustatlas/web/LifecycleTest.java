package org.trustatlas.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.trustatlas.content.AtlasServer;

/** Starting through the service the CLI uses, free ports, and stopping without cutting requests off. */
class LifecycleTest {

  @Test
  void theCliFindsThisServerThroughTheServiceLoader() throws Exception {
    AtlasServer found = AtlasServer.find(AtlasServer.DEFAULT).orElseThrow();
    assertThat(found).isInstanceOf(JavalinAtlasServer.class);
    try (AtlasServer.Running running = found.start(TestServer.minimalPack(), "127.0.0.1", 0)) {
      assertThat(running.port()).isPositive();
      HttpResponse<String> health = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + running.port() + "/health")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).isEqualTo(200);
    }
  }

  @Test
  void stoppingLetsInFlightRequestsFinish() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    TestServer server = TestServer.start(routes -> routes.get("/api/v1/test/slow", ctx -> {
      entered.countDown();
      Thread.sleep(1500);
      ctx.result("finished");
    }));
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    CompletableFuture<HttpResponse<String>> inFlight = client.sendAsync(
        HttpRequest.newBuilder(server.uri("/api/v1/test/slow")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
    URI health = server.uri("/health");
    long start = System.nanoTime();
    server.close();
    assertThat(inFlight.get(10, TimeUnit.SECONDS).body()).isEqualTo("finished");
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isGreaterThanOrEqualTo(1000);
    assertThatThrownBy(() -> client.send(HttpRequest.newBuilder(health).build(),
        HttpResponse.BodyHandlers.ofString())).as("refuses new requests once stopped").isInstanceOf(java.io.IOException.class);
  }

  @Test
  void benchRouteExistsOnlyWhenAsked() {
    try (TestServer plain = TestServer.start()) {
      assertThat(plain.get("/bench/hello").statusCode()).isEqualTo(404);
    }
    try (TestServer bench = TestServer.start(WebOptions.defaults().withBenchRoutes(true))) {
      assertThat(bench.get("/bench/hello").body()).isEqualTo("hello");
    }
  }

  @Test
  void benchFixedPlanSendsThePlansRouteAnswerToTheBenchmarkSituation() {
    String request = """
        {"challenges":["infidelity"],"role":"hurt-partner","region":"GB"}""";
    try (TestServer bench = TestServer.start(WebOptions.defaults().withBenchRoutes(true))) {
      HttpResponse<String> fixed = bench.send("POST", "/bench/plan-fixed", request, "Content-Type", "application/json");
      HttpResponse<String> made = bench.send("POST", "/api/v1/plans", request, "Content-Type", "application/json");
      assertThat(made.statusCode()).isEqualTo(200);
      assertThat(fixed.statusCode()).isEqualTo(200);
      assertThat(fixed.body()).isEqualTo(made.body());
      assertThat(fixed.headers().firstValue("Cache-Control")).isEqualTo(made.headers().firstValue("Cache-Control"));
      assertThat(bench.send("POST", "/bench/plan-fixed", "{\"challenges\": [", "Content-Type", "application/json")
          .statusCode()).as("reads the body as the plans route does").isEqualTo(400);
    }
    try (TestServer plain = TestServer.start()) {
      assertThat(plain.send("POST", "/bench/plan-fixed", request, "Content-Type", "application/json").statusCode())
          .isEqualTo(404);
    }
  }

  @Test
  void quickExitTargetMustBeAWebAddress() {
    assertThatThrownBy(() -> WebOptions.defaults().withQuickExitUrl("javascript:alert(1)"))
        .hasMessageContaining("must be an http(s) address");
  }
}
