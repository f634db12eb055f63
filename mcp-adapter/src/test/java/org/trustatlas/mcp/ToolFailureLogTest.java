package org.trustatlas.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustatlas.content.TrustAtlas;

/**
 * A tool that fails inside (a bug, not a mistake in its arguments) was answered "Internal error" and
 * logged nowhere, the SDK's own log of it being off: the operator never heard of it. It is logged in
 * one WARN line naming the method and the exception's class, and nothing the client sent.
 */
class ToolFailureLogTest {

  @Test
  void aToolsBugIsOneWarnLineWithItsClassAndNothingTheClientSent() {
    AtlasTool failing = new AtlasTool("fails", "Fails", "Fails inside, as a bug would.",
        InputSchema.object().text("words", "Any words.", 100), OutputSchemas.file("search.output.schema.json"),
        arguments -> {
          throw new IllegalStateException("a bug quoting zebra-words");
        });
    McpMessages messages = AtlasMcpServer.messages(TrustAtlas.bundled(), List.of(failing));
    String request = "{\"jsonrpc\":\"2.0\",\"id\":\"zebra-id\",\"method\":\"tools/call\",\"params\":{\"name\":"
        + "\"fails\",\"arguments\":{\"words\":\"zebra-words\"}}}";

    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    McpMessages.Outcome outcome;
    try {
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      outcome = messages.handle(request);
    } finally {
      System.setErr(err);
    }
    String log = captured.toString(StandardCharsets.UTF_8);

    assertThat(outcome.reply()).contains("Internal error").contains("zebra-id").doesNotContain("a bug quoting");
    // the SDK's own line (off in the CLI's logging settings) carries only the failure's class as well
    assertThat(log.lines().filter(line -> line.contains("WARN") && line.contains("McpMessages"))).hasSize(1);
    assertThat(log).contains("WARN", "tools/call", "java.lang.IllegalStateException").doesNotContain("zebra")
        .doesNotContain("a bug quoting");
  }
}
