package org.trustatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trustatlas.content.HttpEndpoint;
import org.trustatlas.web.api.MountedEndpoints;
import org.trustatlas.web.http.BodyLimits;

/**
 * Another front end's endpoint (the MCP adapter's /mcp in production), mounted with this server's
 * rules: it gets the method, headers and body, its answer goes out as given, and the body limit and
 * security headers apply to it as to every route.
 */
class MountedEndpointsTest {

  /** Echoes what it received, so the test sees what the mount handed over. */
  private static final HttpEndpoint ECHO = new HttpEndpoint() {
    @Override
    public String path() {
      return "/echo";
    }

    @Override
    public Response handle(Request request) {
      String seen = request.method() + " " + request.mediaType() + " " + request.header("X-Probe").orElse("-") + " "
          + new String(request.body(), StandardCharsets.UTF_8);
      return new Response(request.method().equals("POST") ? 200 : 405, Map.of("Content-Type", "text/plain",
          "Cache-Control", "no-store"), seen.getBytes(StandardCharsets.UTF_8));
    }
  };

  @Test
  void theEndpointGetsTheRequestAndItsAnswerGoesOutWithTheSecurityHeaders() {
    try (TestServer server = TestServer.start(new MountedEndpoints(List.of(ECHO)))) {
      HttpResponse<String> response = server.send("POST", "/echo", "{\"a\":1}", "Content-Type",
          "application/json; charset=utf-8", "X-Probe", "here");
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).isEqualTo("POST application/json here {\"a\":1}");
      assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
      assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
      assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
      assertThat(server.get("/echo").statusCode()).isEqualTo(405);
    }
  }

  /** Allow named GET and DELETE, which the endpoint itself answers 405 (issue: PUT /mcp said "use GET, HEAD, POST, DELETE"). */
  @Test
  void everyOtherMethodIs405WithAnAllowHeaderNamingOnlyPost() {
    try (TestServer server = TestServer.start(new MountedEndpoints(List.of(ECHO)))) {
      for (String method : List.of("GET", "HEAD", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "FOO")) {
        HttpResponse<String> response = server.send(method, "/echo", "");
        assertThat(response.statusCode()).as(method).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).as(method).hasValue("POST");
      }
    }
  }

  @Test
  void aBodyOverTheServersLimitNeverReachesTheEndpoint() {
    try (TestServer server = TestServer.start(new MountedEndpoints(List.of(ECHO)))) {
      HttpResponse<String> response = server.send("POST", "/echo", "x".repeat((int) BodyLimits.MAX_BYTES + 1),
          "Content-Type", "application/json");
      assertThat(response.statusCode()).isEqualTo(413);
      assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
          type -> assertThat(type).startsWith("application/problem+json"));
    }
  }

  @Test
  void aQueryStringIsRefusedBeforeTheEndpoint() {
    try (TestServer server = TestServer.start(new MountedEndpoints(List.of(ECHO)))) {
      assertThat(server.send("POST", "/echo?x=1", "{}", "Content-Type", "application/json").statusCode())
          .isEqualTo(400);
    }
  }
}
