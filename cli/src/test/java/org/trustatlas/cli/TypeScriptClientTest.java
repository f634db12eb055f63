package org.trustatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.trustatlas.content.json.AtlasJson;
import tools.jackson.databind.JsonNode;

/**
 * The official TypeScript MCP client (pinned, installed by {@code mcp-adapter/tools/install-mcp-client.sh},
 * as {@code .ci/run} does) against {@code atlas mcp} over stdio and a running {@code atlas serve}'s
 * {@code /mcp}. Without node or the package it skips and prints why.
 */
class TypeScriptClientTest {

  private static final Path TOOLS = Path.of("..", "mcp-adapter", "tools").toAbsolutePath().normalize();
  private static final Path MODULES = Path.of("..", "mcp-adapter", "target", "tools", "node_modules")
      .toAbsolutePath().normalize();

  @Test
  void theTypeScriptSdkClientGetsTheSameAnswersOverStdioAndHttp() throws Exception {
    String why = missing();
    if (why != null) {
      System.out.println("SKIPPED TypeScriptClientTest: " + why);
    }
    assumeTrue(why == null, why);
    String classPath = FrontEndProcess.classPath();
    Process serve = new ProcessBuilder(FrontEndProcess.command(classPath, "serve", "--port", "0", "--json"))
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try {
      String url = "http://127.0.0.1:" + announcedPort(serve) + "/mcp";
      ProcessBuilder node = new ProcessBuilder("node", TOOLS.resolve("ts-client.cjs").toString())
          .redirectErrorStream(true);
      node.environment().put("NODE_PATH", MODULES.toString());
      node.environment().put("ATLAS_MCP_COMMAND", AtlasJson.compact(AtlasJson.mapper().valueToTree(
          FrontEndProcess.command(classPath, "mcp"))));
      node.environment().put("ATLAS_MCP_URL", url);
      Process client = node.start();
      String output = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(client.waitFor(120, TimeUnit.SECONDS)).isTrue();
      System.out.print(output);
      assertThat(client.exitValue()).as(output).isZero();
      assertThat(output).contains("ok stdio plan: safety first in the text", "ok http plan: safety first in the text",
          "every check held over 2 transport(s)");
    } finally {
      serve.destroy();
      serve.waitFor(30, TimeUnit.SECONDS);
    }
  }

  /** Why the outside client cannot run here, or null when it can. */
  private static String missing() throws InterruptedException {
    try {
      Process version = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
      if (!version.waitFor(30, TimeUnit.SECONDS) || version.exitValue() != 0) {
        return "node does not run";
      }
    } catch (java.io.IOException notInstalled) {
      return "node is not installed";
    }
    if (!Files.isDirectory(MODULES.resolve("@modelcontextprotocol/sdk"))) {
      return "@modelcontextprotocol/sdk is not installed; run mcp-adapter/tools/install-mcp-client.sh (CI does)";
    }
    return null;
  }

  private static int announcedPort(Process serve) throws Exception {
    StringBuilder json = new StringBuilder();
    BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      json.append(line).append('\n');
      if (line.equals("}")) {
        break;
      }
    }
    JsonNode announced = AtlasJson.mapper().readTree(json.toString());
    return announced.get("port").asInt();
  }
}
