package org.trustatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.jackson3.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceRequest;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.trustatlas.content.json.AtlasJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code atlas mcp} spawned from the built class path and driven by the Java SDK's stdio client. */
class McpCommandTest {

  @Test
  void theSdksStdioClientListsToolsGetsAPlanSafetyFirstAndReadsAConcept() {
    List<String> command = FrontEndProcess.command(FrontEndProcess.classPath(), "mcp");
    ServerParameters parameters = ServerParameters.builder(command.get(0)).args(command.subList(1, command.size()))
        .build();
    StdioClientTransport transport = new StdioClientTransport(parameters, new JacksonMcpJsonMapper(JsonMapper.shared()));
    McpSyncClient client = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(60)).build();
    try {
      client.initialize();
      assertThat(client.listTools().tools()).extracting(Tool::name).contains("search", "plan", "simulate");

      CallToolResult plan = client.callTool(new CallToolRequest("plan", Map.of("challenges", List.of("infidelity"),
          "role", "hurt-partner", "flags", Map.of("fear-of-partner", "yes"), "region", "GB")));
      assertThat(plan.isError()).isFalse();
      assertThat(((TextContent) plan.content().get(0)).text()).startsWith("{\"safety\":{");
      assertThat(((Map<?, ?>) plan.structuredContent()).keySet().iterator().next()).isEqualTo("safety");

      CallToolResult wrong = client.callTool(new CallToolRequest("related", Map.of("id", "infidelty")));
      assertThat(wrong.isError()).isTrue();
      assertThat(((TextContent) wrong.content().get(0)).text()).contains("did you mean 'infidelity'");

      TextResourceContents concept = (TextResourceContents) client.readResource(
          new ReadResourceRequest("atlas://concepts/infidelity")).contents().get(0);
      assertThat(AtlasJson.mapper().readTree(concept.text()).get("concept").get("id").asString()).isEqualTo("infidelity");
    } finally {
      client.closeGracefully();
    }
  }

  @Test
  void standardOutputCarriesOnlyProtocolMessagesAndTheGreetingGoesToStandardError() throws Exception {
    Process process = new ProcessBuilder(FrontEndProcess.command(FrontEndProcess.classPath(), "mcp")).start();
    try (OutputStream in = process.getOutputStream()) {
      in.write(("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
          + "\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}\n"
          + "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"search\",\"arguments\":"
          + "{\"query\":\"he hits me\"}}}\n").getBytes(StandardCharsets.UTF_8));
    }
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("ends when its input ends").isTrue();
    assertThat(process.exitValue()).isZero();
    List<String> lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSize(2).allSatisfy(line -> {
      JsonNode message = AtlasJson.mapper().readTree(line);
      assertThat(message.get("jsonrpc").asString()).isEqualTo("2.0");
    });
    assertThat(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
        .contains("answers the Model Context Protocol on stdio").doesNotContain("he hits me");
  }

  @Test
  void withoutTheMcpAdapterOnTheClassPathItSaysSoAndExitsWithOne() throws Exception {
    Process process = new ProcessBuilder(FrontEndProcess.command(FrontEndProcess.classPath("mcp-adapter"), "mcp"))
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isEqualTo(1);
    assertThat(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
        .contains("the MCP adapter is not on the class path");
    assertThat(process.getInputStream().readAllBytes()).isEmpty();
  }
}
