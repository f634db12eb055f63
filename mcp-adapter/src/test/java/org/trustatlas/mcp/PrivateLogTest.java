package org.trustatlas.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the server in its own process with every logger at trace, sends a sentinel in every place a
 * client's words can travel (client name, tool arguments and their names, resource addresses, unknown
 * methods and tools, malformed messages), and reads everything it wrote to standard error: the
 * sentinel must appear nowhere.
 */
class PrivateLogTest {

  private static final String SENTINEL = "zebra-sentinel-4471";

  @Test
  void nothingAClientSendsReachesTheLogEvenAtTrace() throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        "-Dorg.slf4j.simpleLogger.defaultLogLevel=trace", StdioMain.class.getName()).start();
    CompletableFuture<String> log = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
    CompletableFuture<String> replies = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
    try (OutputStream in = process.getOutputStream()) {
      for (String message : messages()) {
        in.write((message + "\n").getBytes(StandardCharsets.UTF_8));
      }
    }
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("ends when its input ends").isTrue();
    String stderr = log.get(10, TimeUnit.SECONDS);
    assertThat(stderr).as("logging is on, so the test means something").contains("Client initialize request");
    assertThat(stderr).doesNotContain(SENTINEL).doesNotContain("zebra");
    assertThat(stderr).as("no failure inside the SDK, so no stack trace").doesNotContain("Exception", "\tat ");
    assertThat(stderr).as("what a person answered never reaches the log").doesNotContain("danger-now",
        "infidelity", "fear-of-partner");
    assertThat(replies.get(10, TimeUnit.SECONDS)).as("the replies do carry it back").contains(SENTINEL);
  }

  private static List<String> messages() {
    String s = SENTINEL;
    return List.of(
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
            + "\"capabilities\":{\"experimental\":{\"" + s + "\":{}}},\"clientInfo\":{\"name\":\"" + s
            + "\",\"version\":\"" + s + "\"}}}",
        "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}",
        "{\"jsonrpc\":\"2.0\",\"id\":\"" + s + "\",\"method\":\"initialize\",\"params\":{\"protocolVersion\":\""
            + s + "\",\"capabilities\":{},\"clientInfo\":{\"name\":\"x\",\"version\":\"1\"}}}",
        call(2, "search", "{\"query\":\"my partner cheated " + s + "\"}"),
        call(3, "show_concept", "{\"id\":\"" + s + "\"}"),
        call(4, "related", "{\"id\":\"infidelity\",\"relation\":\"" + s + "\"}"),
        call(5, "plan", "{\"challenges\":[\"infidelity\"],\"role\":\"hurt-partner\",\"flags\":"
            + "{\"fear-of-partner\":\"yes\"},\"region\":\"GB\"}"),
        call(6, "plan", "{\"challenges\":[\"" + s + "\"],\"role\":\"both\",\"flags\":{\"" + s + "\":\"yes\"}}"),
        call(7, "resources", "{\"region\":\"" + s + "\"}"),
        call(8, "checkin_answer", "{\"answers\":{\"danger-now\":\"yes\"}}"),
        call(9, "checkin_answer", "{\"answers\":{\"" + s + "\":\"" + s + "\"}}"),
        call(10, "simulate", "{\"definition\":{\"id\":\"x\",\"title\":\"" + s + "\",\"steps\":4}}"),
        call(11, "simulate", "{\"scenario\":\"" + s + "\"}"),
        call(12, s, "{}"),
        call(13, "search", "{\"" + s + "\":1}"),
        "{\"jsonrpc\":\"2.0\",\"id\":14,\"method\":\"resources/read\",\"params\":{\"uri\":\"atlas://concepts/"
            + s + "\"}}",
        "{\"jsonrpc\":\"2.0\",\"id\":15,\"method\":\"resources/read\",\"params\":{\"uri\":\"" + s + "\"}}",
        "{\"jsonrpc\":\"2.0\",\"id\":16,\"method\":\"" + s + "\",\"params\":{\"" + s + "\":1}}",
        "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/" + s + "\",\"params\":{\"x\":\"" + s + "\"}}",
        "{\"jsonrpc\":\"2.0\",\"id\":17,\"method\":\"tools/call\",\"params\":\"" + s + "\"}",
        // Params of shapes the SDK cannot read, each under an id that must not reach the log.
        "{\"jsonrpc\":\"2.0\",\"id\":\"" + s + "-a\",\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
            + "\"2025-06-18\",\"_meta\":[]}}",
        "{\"jsonrpc\":\"2.0\",\"id\":\"" + s + "-b\",\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
            + "\"2025-06-18\",\"_meta\":\"" + s + "\"}}",
        "{\"jsonrpc\":\"2.0\",\"id\":\"" + s + "-c\",\"method\":\"tools/call\",\"params\":{\"name\":\"search\","
            + "\"_meta\":7,\"arguments\":{\"query\":\"x\"}}}",
        "{\"jsonrpc\":\"2.0\",\"id\":\"" + s + "-d\",\"method\":\"resources/read\",\"params\":{\"uri\":"
            + "\"atlas://concepts\",\"_meta\":\"" + s + "\"}}",
        "{\"jsonrpc\":\"2.0\",\"id\":\"" + s + "-e\",\"method\":\"tools/list\",\"params\":{\"cursor\":{}}}",
        "{\"jsonrpc\":\"2.0\",\"id\":\"" + s + "-f\",\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
            + "\"2025-06-18\",\"capabilities\":{\"roots\":\"" + s + "\"}}}",
        "{\"" + s + "\"",
        "[\"" + s + "\"]");
  }

  private static String call(int id, String tool, String arguments) {
    return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/call\",\"params\":{\"name\":\"" + tool
        + "\",\"arguments\":" + arguments + "}}";
  }

  private static String read(java.io.InputStream stream) {
    try (stream) {
      return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
