package org.trustatlas.mcp;

import io.modelcontextprotocol.server.transport.DefaultServerTransportSecurityValidator;
import io.modelcontextprotocol.server.transport.ServerTransportSecurityException;
import io.modelcontextprotocol.server.transport.ServerTransportSecurityValidator;
import io.modelcontextprotocol.spec.McpSchema.ErrorCodes;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.trustatlas.content.HttpEndpoint;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.content.input.StrictInput;

/**
 * {@code /mcp} under {@code atlas serve}: MCP's streamable HTTP transport, stateless. Each POST
 * carries one message and gets its reply as {@code application/json} (202 with no body for a
 * notification); there are no sessions, no event streams (GET and DELETE are 405) and no cookies.
 * Requests from a web page of another origin are refused, so a site a reader visits cannot use it.
 */
public final class McpHttpEndpoint implements HttpEndpoint {

  public static final String PATH = "/mcp";

  /** Browsers send an Origin; only pages of this machine may call. Other clients send none. */
  private static final ServerTransportSecurityValidator ORIGINS = DefaultServerTransportSecurityValidator.builder()
      .allowedOrigins(List.of("http://localhost:*", "http://127.0.0.1:*", "http://[::1]:*", "https://localhost:*",
          "https://127.0.0.1:*", "https://[::1]:*"))
      .build();

  private static final Map<String, String> JSON = Map.of("Content-Type", "application/json; charset=utf-8",
      "Cache-Control", "no-store");

  /**
   * Built on the first MCP request, not at start (its schemas and resources take a second or two),
   * so {@code atlas serve} starts as fast without MCP clients; concurrent first requests share one build.
   */
  private final FutureTask<McpMessages> messages;

  McpHttpEndpoint(TrustAtlas atlas) {
    this.messages = new FutureTask<>(() -> AtlasMcpServer.messages(atlas));
  }

  /** Listed for {@link java.util.ServiceLoader}: the web adapter mounts what this makes. */
  public static final class Provider implements HttpEndpoint.Provider {
    @Override
    public HttpEndpoint create(TrustAtlas atlas) {
      return new McpHttpEndpoint(atlas);
    }
  }

  @Override
  public String path() {
    return PATH;
  }

  @Override
  public Response handle(Request request) {
    if (!request.method().equals("POST")) {
      return error(405, Map.of("Allow", "POST"), ErrorCodes.INVALID_REQUEST, "Method not allowed: this server is "
          + "stateless and answers each POST in full; it opens no event stream and keeps no session");
    }
    try {
      ORIGINS.validateHeaders(request.headers());
    } catch (ServerTransportSecurityException foreign) {
      return error(403, Map.of(), ErrorCodes.INVALID_REQUEST, "Forbidden: requests from web pages of another "
          + "origin are refused");
    }
    if (!request.mediaType().equals("application/json")) {
      return error(415, Map.of(), ErrorCodes.INVALID_REQUEST, "Unsupported media type: send one JSON-RPC "
          + "message as application/json");
    }
    if (!request.accepts("application/json")) {
      return error(406, Map.of(), ErrorCodes.INVALID_REQUEST, "Not acceptable: replies are application/json");
    }
    McpMessages server = messages();
    String version = request.header("MCP-Protocol-Version").orElse("");
    if (!version.isEmpty() && !server.protocolVersions().contains(version)) {
      return error(400, Map.of(), ErrorCodes.INVALID_REQUEST, "Bad request: unsupported MCP-Protocol-Version; "
          + "supported: " + String.join(", ", server.protocolVersions()));
    }
    byte[] body = request.body();
    if (body.length > McpMessages.MAX_MESSAGE_BYTES) {
      return error(413, Map.of(), ErrorCodes.INVALID_REQUEST, "Content too large: a message is at most "
          + McpMessages.MAX_MESSAGE_BYTES + " bytes");
    }
    String text = StrictInput.text(body, StandardCharsets.UTF_8).orElse(null);
    if (text == null) {
      return reply(400, McpMessages.refused(null, ErrorCodes.PARSE_ERROR, "Parse error: the body is not UTF-8"));
    }
    McpMessages.Outcome outcome = server.handle(text);
    switch (outcome.status()) {
      case ANSWERED:
        return reply(200, outcome);
      case ACCEPTED:
        return new Response(202, Map.of("Cache-Control", "no-store"), new byte[0]);
      case REFUSED:
      default:
        return reply(400, outcome);
    }
  }

  private McpMessages messages() {
    messages.run();
    try {
      return messages.get();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the MCP server was being built", interrupted);
    } catch (ExecutionException failed) {
      throw new IllegalStateException("the MCP server could not be built", failed.getCause());
    }
  }

  private static Response reply(int status, McpMessages.Outcome outcome) {
    return new Response(status, JSON, outcome.reply().getBytes(StandardCharsets.UTF_8));
  }

  private static Response error(int status, Map<String, String> headers, int code, String message) {
    Map<String, String> all = new java.util.HashMap<>(JSON);
    all.putAll(headers);
    return new Response(status, all, McpMessages.refused(null, code, message).reply().getBytes(StandardCharsets.UTF_8));
  }
}
