package org.trustatlas.mcp;

import io.modelcontextprotocol.spec.McpSchema.ErrorCodes;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.trustatlas.content.StdioServer;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.content.input.StrictInput;

/**
 * {@code atlas mcp}: the MCP stdio transport, one JSON-RPC message per line in and out. Only replies
 * are written to standard output; a line over {@link McpMessages#MAX_MESSAGE_BYTES} is skipped and
 * answered with an error. Requests are answered in the order they arrive.
 */
public final class StdioMcpServer implements StdioServer {

  @Override
  public String name() {
    return "mcp";
  }

  @Override
  public void serve(TrustAtlas atlas, InputStream in, Writer out) throws IOException {
    McpMessages messages = AtlasMcpServer.messages(atlas);
    Lines lines = new Lines(new BufferedInputStream(in));
    for (Line line = lines.next(); line != null; line = lines.next()) {
      McpMessages.Outcome outcome = line.tooLong()
          ? McpMessages.refused(null, ErrorCodes.INVALID_REQUEST, "Invalid request: a message is at most "
              + McpMessages.MAX_MESSAGE_BYTES + " bytes")
          : line.text() == null ? McpMessages.refused(null, ErrorCodes.PARSE_ERROR, "Parse error: the line is not UTF-8")
          : line.text().isBlank() ? McpMessages.Outcome.accepted() : messages.handle(line.text());
      if (outcome.status() != McpMessages.Status.ACCEPTED) {
        out.write(outcome.reply());
        out.write('\n');
        out.flush();
      }
    }
  }

  /** A line read; {@code text} is null when its bytes are not UTF-8. */
  private record Line(String text, boolean tooLong) {}

  /** Reads lines of at most the message limit; the rest of a longer line is read and dropped. */
  private static final class Lines {
    private final InputStream in;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

    Lines(InputStream in) {
      this.in = in;
    }

    Line next() throws IOException {
      buffer.reset();
      boolean tooLong = false;
      int b = in.read();
      if (b < 0) {
        return null;
      }
      while (b >= 0 && b != '\n') {
        if (buffer.size() < McpMessages.MAX_MESSAGE_BYTES) {
          buffer.write(b);
        } else {
          tooLong = true;
        }
        b = in.read();
      }
      // as the HTTP transport does: bytes that are not UTF-8 are refused, not read as replacement characters
      String text = StrictInput.text(buffer.toByteArray(), StandardCharsets.UTF_8).orElse(null);
      return new Line(text != null && text.endsWith("\r") ? text.substring(0, text.length() - 1) : text, tooLong);
    }
  }
}
