package org.trustatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.jackson3.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.trustatlas.content.AtlasServer;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.content.json.AtlasJson;
import org.trustatlas.content.read.ConceptNames;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The three front ends over the bundled pack suggest the same concepts, in the same order, for an id
 * they do not know: {@code atlas show}, {@code GET /api/v1/concepts/{id}} and the MCP
 * {@code show_concept} tool, each as a reader or a client meets it.
 */
class SameSuggestionsTest {

  private static final List<String> TYPED = List.of("cheating", "infidelty", "affair", "trust", "gaslight");
  private static final Pattern QUOTED = Pattern.compile("'([a-z0-9-]+)'");

  @Test
  void theCliTheWebApiAndTheMcpToolSuggestTheSameConceptsInTheSameOrder() throws Exception {
    ConceptNames names = ConceptNames.of(TrustAtlas.bundled().atlas());
    List<List<String>> expected = TYPED.stream()
        .map(typed -> names.suggestions(typed).stream().map(c -> c.id().value()).toList()).toList();
    assertThat(expected.get(0)).first().isEqualTo("infidelity");

    List<List<String>> cli = new ArrayList<>();
    for (String typed : TYPED) {
      cli.add(didYouMean(AtlasRun.piped().run("show", typed).err()));
    }
    assertThat(cli).isEqualTo(expected);

    List<List<String>> web = new ArrayList<>();
    try (AtlasServer.Running server = web().start(TrustAtlas.bundled(), "127.0.0.1", 0)) {
      HttpClient http = HttpClient.newHttpClient();
      for (String typed : TYPED) {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + server.port() + "/api/v1/concepts/" + typed)).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
        List<String> suggestions = new ArrayList<>();
        JsonNode body = AtlasJson.mapper().readTree(response.body());
        body.path("suggestions").forEach(id -> suggestions.add(id.asString()));
        web.add(suggestions);
      }
    }
    assertThat(web).isEqualTo(expected);

    List<String> command = FrontEndProcess.command(FrontEndProcess.classPath(), "mcp");
    StdioClientTransport transport = new StdioClientTransport(ServerParameters.builder(command.get(0))
        .args(command.subList(1, command.size())).build(), new JacksonMcpJsonMapper(JsonMapper.shared()));
    McpSyncClient client = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(60)).build();
    List<List<String>> mcp = new ArrayList<>();
    try {
      client.initialize();
      for (String typed : TYPED) {
        CallToolResult result = client.callTool(new CallToolRequest("show_concept", Map.of("id", typed)));
        assertThat(result.isError()).isTrue();
        mcp.add(didYouMean(((TextContent) result.content().get(0)).text()));
      }
    } finally {
      client.closeGracefully();
    }
    assertThat(mcp).isEqualTo(expected);
  }

  /** The web adapter's server, not the CLI tests' fake one, which the service list names first. */
  private static AtlasServer web() {
    return java.util.ServiceLoader.load(AtlasServer.class).stream().map(java.util.ServiceLoader.Provider::get)
        .filter(server -> server.getClass().getName().startsWith("org.trustatlas.web.")).findFirst().orElseThrow();
  }

  /** The ids quoted after "did you mean", in order; empty when the message suggests none. */
  private static List<String> didYouMean(String message) {
    int at = message.indexOf("did you mean");
    List<String> ids = new ArrayList<>();
    if (at < 0) {
      return ids;
    }
    int end = message.indexOf('?', at);
    Matcher quoted = QUOTED.matcher(message.substring(at, end < 0 ? message.length() : end));
    while (quoted.find()) {
      ids.add(quoted.group(1));
    }
    return ids;
  }
}
