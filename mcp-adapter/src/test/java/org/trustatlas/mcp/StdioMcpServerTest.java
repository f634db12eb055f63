package org.trustatlas.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.content.json.AtlasJson;
import tools.jackson.databind.JsonNode;

/** The stdio transport, fed lines directly: only JSON-RPC replies come out, one per request, in order. */
class StdioMcpServerTest {

  private static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
      + "{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}";

  @Test
  void everyRequestGetsOneJsonRpcReplyInOrderAndNotificationsNone() throws Exception {
    List<JsonNode> replies = serve(INITIALIZE,
        "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}",
        "",
        "{\"jsonrpc\":\"2.0\",\"id\":\"two\",\"method\":\"tools/call\",\"params\":{\"name\":\"search\","
            + "\"arguments\":{\"query\":\"affair\"}}}",
        "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"ping\"}");
    assertThat(replies).hasSize(3);
    assertThat(replies).extracting(reply -> reply.get("id").asString()).containsExactly("1", "two", "3");
    assertThat(replies.get(1).get("result").get("isError").asBoolean()).isFalse();
  }

  @Test
  void whatCannotBeReadIsAnsweredWithAJsonRpcErrorAndTheServerGoesOn() throws Exception {
    List<JsonNode> replies = serve("not json", "[" + INITIALIZE + "]", "{\"id\":4}",
        "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"no/such\"}",
        "{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":\"tools/call\",\"params\":{\"name\":\"nothing\"}}",
        "x".repeat(McpMessages.MAX_MESSAGE_BYTES + 10),
        "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"ping\"}",
        "{\"jsonrpc\":\"2.0\",\"id\":8,\"id\":9,\"method\":\"ping\"}");
    assertThat(replies).extracting(reply -> reply.path("error").path("code").asInt(0))
        .containsExactly(-32700, -32600, -32600, -32601, -32602, -32600, 0, -32700);
    assertThat(replies.get(1).get("error").get("message").asString()).contains("batches are not supported");
    assertThat(replies.get(2).get("id").asInt()).isEqualTo(4);
    assertThat(replies.get(5).get("error").get("message").asString()).contains("at most 65536 bytes");
    assertThat(replies.get(6).get("id").asInt()).isEqualTo(7);
  }

  @Test
  void aRequestWithoutTheParamsItsMethodNeedsIsInvalidParamsNamingThemNotAnInternalError() throws Exception {
    List<JsonNode> replies = serve("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\"}",
        "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\"}",
        "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":\"search\",\"arguments\":\"x\"}}",
        "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"resources/read\",\"params\":{}}",
        "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"ping\",\"params\":\"x\"}");
    assertThat(replies).extracting(reply -> reply.path("error").path("code").asInt(0))
        .containsExactly(-32602, -32602, -32602, -32602, -32602);
    assertThat(replies).extracting(reply -> reply.get("id").asInt()).containsExactly(1, 2, 3, 4, 5);
    assertThat(replies.get(0).get("error").get("message").asString()).contains("protocolVersion")
        .doesNotContain("null").doesNotContain("Cannot invoke");
    assertThat(replies.get(1).get("error").get("message").asString()).contains("\"name\"");
  }

  @Test
  void paramsOfAShapeTheSdkCannotReadAreInvalidParamsNamingTheMemberNeverAJavaMessage() throws Exception {
    String init = "{\"jsonrpc\":\"2.0\",\"id\":%d,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
        + "\"2025-06-18\",\"_meta\":%s}}";
    List<JsonNode> replies = serve(String.format(init, 1, "[]"), String.format(init, 2, "\"x\""),
        String.format(init, 3, "7"),
        "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/call\",\"params\":{\"name\":\"search\",\"_meta\":\"x\","
            + "\"arguments\":{\"query\":\"trust\"}}}",
        "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"resources/read\",\"params\":{\"uri\":\"atlas://concepts\","
            + "\"_meta\":5}}",
        "{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":\"tools/list\",\"params\":{\"cursor\":{}}}",
        "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"resources/list\",\"params\":{\"_meta\":[]}}",
        "{\"jsonrpc\":\"2.0\",\"id\":\"x\",\"method\":\"resources/templates/list\",\"params\":{\"cursor\":[1]}}");
    assertThat(replies).extracting(reply -> reply.path("error").path("code").asInt(0))
        .containsExactly(-32602, -32602, -32602, -32602, -32602, -32602, -32602, -32602);
    assertThat(replies).extracting(reply -> reply.get("id").asString())
        .containsExactly("1", "2", "3", "4", "5", "6", "7", "x");
    assertThat(replies).extracting(reply -> reply.get("error").get("message").asString())
        .allSatisfy(message -> assertThat(message).doesNotContain("jackson", "Exception", "McpSchema"))
        .satisfies(messages -> {
          assertThat(messages.subList(0, 5)).allSatisfy(m -> assertThat(m).contains("params._meta", "object"));
          assertThat(messages.get(5)).contains("params.cursor", "string");
          assertThat(messages.get(6)).contains("params._meta");
          assertThat(messages.get(7)).contains("params.cursor");
        });
  }

  /** A resource address not found was echoed whole in error.data.uri (10,000 characters, U+202E raw). */
  @Test
  void aResourceNotFoundQuotesItsAddressShortInItsData() throws Exception {
    String sent = "\\u202E" + "x".repeat(10_000);
    List<JsonNode> replies = serve(
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"resources/read\",\"params\":{\"uri\":\"atlas://concepts/" + sent
            + "\"}}",
        "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"resources/read\",\"params\":{\"uri\":\"file:///" + sent + "\"}}");
    assertThat(replies).hasSize(2).allSatisfy(reply -> {
      String uri = reply.get("error").get("data").get("uri").asString();
      assertThat(uri).doesNotContain("\u202E").doesNotContain("x".repeat(41)).hasSizeLessThan(60);
      assertThat(reply.get("error").get("message").asString()).doesNotContain("\u202E").hasSizeLessThan(300);
    });
  }

  /**
   * A string id holding an escaped control character was refused with the id null, so the client
   * could not tell which request failed. JSON writes such a character escaped, so the id is echoed
   * as sent; an id given twice, or holding a character JSON would write raw (DEL, C1, half a
   * surrogate pair), is still no id.
   */
  @Test
  void aStringIdHoldingAnEscapedControlCharacterIsEchoedEscaped() throws Exception {
    List<JsonNode> replies = serve("{\"jsonrpc\":\"2.0\",\"id\":\"a\\u0001b\",\"method\":\"ping\"}",
        "{\"jsonrpc\":\"2.0\",\"id\":\"a\\u009bb\",\"method\":\"ping\"}",
        "{\"jsonrpc\":\"2.0\",\"id\":\"a\\u0001\u202Eb\",\"method\":\"ping\"}",
        "{\"jsonrpc\":\"2.0\",\"id\":\"a\\u0001\u200Bb\",\"method\":\"ping\"}");
    assertThat(replies.get(0).get("id").asString()).isEqualTo("a\u0001b");
    assertThat(replies.get(0).get("error").get("code").asInt()).isEqualTo(-32700);
    assertThat(replies.get(1).get("id").isNull()).isTrue();
    // JSON writes a bidirectional control or an invisible character raw: echoed, it could reorder or
    // hide the words around it, so an id holding one is none either
    assertThat(replies.get(2).get("id").isNull()).as("U+202E").isTrue();
    assertThat(replies.get(3).get("id").isNull()).as("U+200B").isTrue();
  }

  @Test
  void aMessageOfAnotherJsonRpcVersionIsAnInvalidRequest() throws Exception {
    List<JsonNode> replies = serve("{\"jsonrpc\":\"1.0\",\"id\":1,\"method\":\"ping\"}",
        "{\"jsonrpc\":2,\"id\":2,\"method\":\"ping\"}");
    assertThat(replies).extracting(reply -> reply.path("error").path("code").asInt(0)).containsExactly(-32600, -32600);
    assertThat(replies.get(0).get("error").get("message").asString()).contains("\"2.0\"");
  }

  @Test
  void aLineThatIsNotUtf8IsAParseErrorAsOverHttpNotReadWithReplacementCharacters() throws Exception {
    byte[] bad = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"search\",\"arguments\":"
        .getBytes(StandardCharsets.UTF_8);
    java.io.ByteArrayOutputStream input = new java.io.ByteArrayOutputStream();
    input.writeBytes(bad);
    input.writeBytes(new byte[] {'{', '"', 'q', 'u', 'e', 'r', 'y', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}', '}', '}'});
    input.writeBytes("\n{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ping\"}\n".getBytes(StandardCharsets.UTF_8));
    StringWriter out = new StringWriter();
    new StdioMcpServer().serve(TrustAtlas.bundled(), new ByteArrayInputStream(input.toByteArray()), out);

    List<JsonNode> replies = out.toString().lines().map(line -> AtlasJson.mapper().readTree(line)).toList();
    assertThat(replies).hasSize(2);
    assertThat(replies.get(0).get("error").get("code").asInt()).isEqualTo(-32700);
    assertThat(replies.get(0).get("error").get("message").asString()).contains("not UTF-8");
    assertThat(replies.get(1).get("id").asInt()).isEqualTo(2);
  }

  @Test
  void aHugeUnknownIdIsQuotedShortInTheToolErrorAndTheResourceError() throws Exception {
    String id = "ab-".repeat(300);
    List<JsonNode> replies = serve("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":"
        + "\"show_concept\",\"arguments\":{\"id\":\"" + id + "\"}}}",
        "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"resources/read\",\"params\":{\"uri\":\"atlas://concepts/" + id + "\"}}");
    assertThat(replies.get(0).get("result").get("content").get(0).get("text").asString()).contains("\u2026")
        .hasSizeLessThan(300);
    assertThat(replies.get(1).get("error").get("message").asString()).contains("\u2026").hasSizeLessThan(300);
  }

  /**
   * JSON the strict reader refuses (a repeated key, a number too large, a control character) is still
   * a request with an id: its reply carries that id, or a client waiting for it would wait forever, and
   * a refused tool argument is a tool error naming it, as any other bad argument is.
   */
  @Test
  void aRequestRefusedByTheStrictReaderIsAnsweredUnderItsOwnIdAndABadArgumentIsAToolError() throws Exception {
    List<JsonNode> replies = serve(
        "{\"jsonrpc\":\"2.0\",\"id\":20,\"method\":\"tools/call\",\"params\":{\"name\":\"simulate\","
            + "\"arguments\":{\"scenario\":\"discovered-affair-denied\",\"steps\":1e309}}}",
        "{\"jsonrpc\":\"2.0\",\"id\":\"q\",\"method\":\"tools/call\",\"params\":{\"name\":\"search\","
            + "\"arguments\":{\"query\":\"x\",\"query\":\"y\"}}}",
        "{\"jsonrpc\":\"2.0\",\"id\":22,\"method\":\"tools/call\",\"params\":{\"name\":\"search\","
            + "\"arguments\":{\"query\":\"a\\u0000b\"}}}",
        "{\"jsonrpc\":\"2.0\",\"id\":23,\"method\":\"ping\",\"params\":{\"a\":1,\"a\":2}}",
        "{\"jsonrpc\":\"2.0\",\"id\":24,\"id\":25,\"method\":\"ping\"}");
    assertThat(replies).hasSize(5);
    assertThat(replies.subList(0, 4)).extracting(reply -> reply.get("id").asString())
        .containsExactly("20", "q", "22", "23");
    assertThat(replies.subList(0, 3)).allSatisfy(reply -> assertThat(reply.get("result").get("isError").asBoolean())
        .isTrue());
    assertThat(replies.get(0).get("result").get("content").get(0).get("text").asString())
        .startsWith("simulate: steps: ").contains("too large");
    assertThat(replies.get(1).get("result").get("content").get(0).get("text").asString())
        .startsWith("search: query: duplicate key 'query'");
    assertThat(replies.get(2).get("result").get("content").get(0).get("text").asString())
        .startsWith("search: query: ").contains("U+0000");
    assertThat(replies.get(3).get("error").get("message").asString()).contains("duplicate key 'a'");
    // an id given twice is no id at all
    assertThat(replies.get(4).get("id").isNull()).isTrue();
  }

  /** The SDK answers an unknown tool with the MCP specification's example text, "Unknown tool: invalid_tool_name". */
  @Test
  void anUnknownToolIsNamedWithTheNearestAndTheToolsThereAre() throws Exception {
    List<JsonNode> replies = serve("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":"
        + "{\"name\":\"serch\",\"arguments\":{}}}");
    JsonNode error = replies.get(0).get("error");
    assertThat(error.get("code").asInt()).isEqualTo(-32602);
    assertThat(error.get("message").asString()).contains("'serch'").contains("did you mean 'search'")
        .contains("show_concept").doesNotContain("invalid_tool_name");
    assertThat(replies.get(0).get("id").asInt()).isEqualTo(1);
  }

  private static List<JsonNode> serve(String... lines) throws Exception {
    StringWriter out = new StringWriter();
    byte[] input = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    new StdioMcpServer().serve(TrustAtlas.bundled(), new ByteArrayInputStream(input), out);
    return out.toString().lines().map(line -> {
      JsonNode reply = AtlasJson.mapper().readTree(line);
      assertThat(reply.get("jsonrpc").asString()).as(line).isEqualTo("2.0");
      return reply;
    }).toList();
  }
}
