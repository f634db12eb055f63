package org.trustatlas.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trustatlas.content.HttpEndpoint;
import org.trustatlas.content.HttpEndpoint.Request;
import org.trustatlas.content.HttpEndpoint.Response;
import org.trustatlas.content.TrustAtlas;

/** {@code /mcp}'s HTTP rules, asked directly: stateless, JSON only, no sessions, cookies or foreign pages. */
class McpHttpEndpointTest {

  private static final HttpEndpoint ENDPOINT = new McpHttpEndpoint.Provider().create(TrustAtlas.bundled());
  private static final String PING = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}";

  @Test
  void aRequestIsAnsweredInFullAsJsonWithNoSessionAndNoCookie() {
    Response response = post(PING, Map.of());
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.headers()).containsEntry("Content-Type", "application/json; charset=utf-8")
        .containsEntry("Cache-Control", "no-store").doesNotContainKeys("Mcp-Session-Id", "Set-Cookie");
    assertThat(body(response)).contains("\"id\":1", "\"result\"");
  }

  @Test
  void aNotificationIsAcceptedWithNoBody() {
    Response response = post("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}", Map.of());
    assertThat(response.status()).isEqualTo(202);
    assertThat(response.body()).isEmpty();
  }

  @Test
  void noEventStreamIsOpenedAndNoSessionEnded() {
    for (String method : List.of("GET", "DELETE")) {
      Response response = ENDPOINT.handle(new Request(method, Map.of("Accept", List.of("text/event-stream")),
          new byte[0]));
      assertThat(response.status()).as(method).isEqualTo(405);
      assertThat(response.headers()).containsEntry("Allow", "POST");
    }
  }

  @Test
  void aWebPageOfAnotherOriginIsRefusedAndThisMachinesPagesAreNot() {
    assertThat(post(PING, Map.of("Origin", "https://attacker.example")).status()).isEqualTo(403);
    assertThat(post(PING, Map.of("Origin", "http://localhost:7070")).status()).isEqualTo(200);
  }

  @Test
  void onlyJsonIsReadAndOnlyJsonIsAnswered() {
    assertThat(post(PING, Map.of("Content-Type", "text/plain")).status()).isEqualTo(415);
    assertThat(post(PING, Map.of("Accept", "text/html")).status()).isEqualTo(406);
    assertThat(post(PING, Map.of("Accept", "application/json, text/event-stream")).status()).isEqualTo(200);
  }

  /** Accept is read as the web API reads it: a quality of 0 refuses a type, however it is spelt. */
  @Test
  void anAcceptThatRefusesJsonByItsQualityIsNotAcceptable() {
    for (String accept : new String[] {"application/json;q=0", "text/event-stream, application/json; q=0.000",
        "*/*;q=0", "*/*, application/json;q=0"}) {
      assertThat(post(PING, Map.of("Accept", accept)).status()).as(accept).isEqualTo(406);
    }
    for (String accept : new String[] {"Application/JSON", "application/json;q=0.5", "*/*;q=0.1"}) {
      assertThat(post(PING, Map.of("Accept", accept)).status()).as(accept).isEqualTo(200);
    }
    // separators alone name no type: 406, as an empty Accept range is (it was a 500)
    for (String accept : new String[] {";", ";;;,,,", " ; "}) {
      assertThat(post(PING, Map.of("Accept", accept)).status()).as(accept).isEqualTo(406);
    }
  }

  @Test
  void anUnsupportedProtocolVersionIsABadRequest() {
    Response response = post(PING, Map.of("MCP-Protocol-Version", "1999-01-01"));
    assertThat(response.status()).isEqualTo(400);
    assertThat(body(response)).contains("2025-06-18");
    assertThat(post(PING, Map.of("MCP-Protocol-Version", "2025-06-18")).status()).isEqualTo(200);
  }

  @Test
  void malformedAndOversizedBodiesAreRefused() {
    Response notJson = post("{", Map.of());
    assertThat(notJson.status()).isEqualTo(400);
    assertThat(body(notJson)).contains("-32700");
    assertThat(post(" ".repeat(McpMessages.MAX_MESSAGE_BYTES + 1), Map.of()).status()).isEqualTo(413);
    Response notUtf8 = ENDPOINT.handle(new Request("POST", Map.of("Content-Type", List.of("application/json")),
        new byte[] {(byte) 0xff, (byte) 0xfe}));
    assertThat(notUtf8.status()).isEqualTo(400);
  }

  private static Response post(String body, Map<String, String> extra) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("content-type", List.of("application/json"));
    headers.put("accept", List.of("application/json, text/event-stream"));
    extra.forEach((name, value) -> {
      headers.remove(name.toLowerCase());
      headers.put(name, List.of(value));
    });
    return ENDPOINT.handle(new Request("POST", headers, body.getBytes(StandardCharsets.UTF_8)));
  }

  private static String body(Response response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }
}
