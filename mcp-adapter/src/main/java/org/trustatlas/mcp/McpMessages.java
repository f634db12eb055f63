package org.trustatlas.mcp;

import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpStatelessServerHandler;
import io.modelcontextprotocol.spec.McpSchema.ErrorCodes;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCRequest;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCResponse;
import io.modelcontextprotocol.spec.McpStatelessServerTransport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.trustatlas.content.input.InputException;
import org.trustatlas.content.input.StrictInput;
import org.trustatlas.content.json.AtlasJson;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one place a JSON-RPC message meets the SDK's stateless server: one message in, read by the
 * strict reader every front end uses (limits, no repeated keys), and its reply out.
 * The stdio and HTTP transports only frame messages around it. Nothing here logs or keeps a message
 * (the SDK's own parsing helper logs each message at debug level, so it is not used).
 */
final class McpMessages implements McpStatelessServerTransport {

  /** Messages are small (a tool call with its arguments); this bounds each one. */
  static final int MAX_MESSAGE_BYTES = 64 * 1024;

  /** The methods whose params must hold a string member, and that member. */
  private static final Map<String, String> REQUIRED_PARAMS = Map.of("initialize", "protocolVersion", "tools/call",
      "name", "resources/read", "uri");

  private final McpJsonMapper json;
  private volatile McpStatelessServerHandler handler;

  McpMessages(McpJsonMapper json) {
    this.json = json;
  }

  /** What became of a message: a reply to write, or none. */
  record Outcome(Status status, String reply) {

    static Outcome accepted() {
      return new Outcome(Status.ACCEPTED, "");
    }
  }

  enum Status {
    /** A request, answered: a result, or a JSON-RPC error from the server. */
    ANSWERED,
    /** A notification or a client's response: nothing to answer. */
    ACCEPTED,
    /** Not a message the server can read: a JSON-RPC error with the message's id where it had one. */
    REFUSED
  }

  @Override
  public void setMcpHandler(McpStatelessServerHandler handler) {
    this.handler = handler;
  }

  @Override
  public Mono<Void> closeGracefully() {
    return Mono.empty();
  }

  Outcome handle(String text) {
    JsonNode message;
    try {
      message = StrictInput.json("message", text);
    } catch (InputException unreadable) {
      return refused(null, ErrorCodes.PARSE_ERROR, "Parse error: " + unreadable.problem().message());
    }
    if (message == null || !message.isObject()) {
      return refused(null, ErrorCodes.INVALID_REQUEST, message != null && message.isArray()
          ? "Invalid request: batches are not supported; send one message at a time"
          : "Invalid request: a message is a JSON object");
    }
    Object id = id(message.get("id"));
    boolean hasMethod = message.has("method");
    if (!message.path("jsonrpc").isString() || !message.get("jsonrpc").asString().equals("2.0")) {
      return refused(id, ErrorCodes.INVALID_REQUEST, "Invalid request: a message has \"jsonrpc\": \"2.0\"");
    }
    String badParams = hasMethod && message.has("id") ? paramsProblem(message) : null;
    if (badParams != null) {
      return refused(id, ErrorCodes.INVALID_PARAMS, "Invalid params: " + badParams);
    }
    try {
      if (hasMethod && message.has("id")) {
        JSONRPCRequest request = json.convertValue(map(anonymous((ObjectNode) message)), JSONRPCRequest.class);
        JSONRPCResponse response = handler.handleRequest(McpTransportContext.EMPTY, request)
            .contextWrite(c -> c.put(McpTransportContext.KEY, McpTransportContext.EMPTY)).block();
        return new Outcome(Status.ANSWERED, write(response));
      }
      if (hasMethod) {
        // A stateless server has nothing to do on a notification (the SDK's handlers only log them, and
        // log an unknown one's method name), so none is passed on.
        return Outcome.accepted();
      }
    } catch (IllegalArgumentException | JacksonException malformed) {
      return refused(id, ErrorCodes.INVALID_REQUEST, "Invalid request: a request has \"jsonrpc\": \"2.0\", a "
          + "method and an id that is a string or an integer");
    } catch (RuntimeException failed) {
      return refused(id, ErrorCodes.INTERNAL_ERROR, "Internal error");
    }
    if (message.has("result") || message.has("error")) {
      return Outcome.accepted();
    }
    return refused(id, ErrorCodes.INVALID_REQUEST, "Invalid request: a message has a method, or a result or an "
        + "error");
  }

  /**
   * What is wrong with a request's {@code params} for the SDK to read them, or null: they are an
   * object when given, and the methods that need a member get it as a string (and a tool's arguments
   * as an object). The SDK would otherwise fail inside with a null pointer, answered as an internal
   * error with Java's own message, or as an invalid request.
   */
  private static String paramsProblem(JsonNode message) {
    JsonNode params = message.get("params");
    if (params != null && !params.isObject() && !params.isNull()) {
      return "params is an object";
    }
    String method = message.path("method").asString("");
    String needed = REQUIRED_PARAMS.get(method);
    if (needed != null && (params == null || !params.path(needed).isString())) {
      return method + " needs params with \"" + needed + "\", a string";
    }
    if (method.equals("tools/call") && params.has("arguments") && !params.get("arguments").isObject()
        && !params.get("arguments").isNull()) {
      return "a tool's \"arguments\" is an object";
    }
    return null;
  }

  /**
   * The server has no use for the client's name, version or capabilities (it never calls back), and
   * the SDK's initialize handler logs them, as a web server would log a User-Agent: they are replaced
   * with neutral values before it sees them.
   */
  private ObjectNode anonymous(ObjectNode message) {
    if (message.path("method").asString("").equals("initialize") && message.path("params").isObject()) {
      ObjectNode params = (ObjectNode) message.get("params");
      params.putObject("clientInfo").put("name", "client").put("version", "");
      params.putObject("capabilities");
      // An unsupported version is answered with the newest supported one, as the SDK would, unlogged.
      List<String> supported = protocolVersions();
      if (!supported.contains(params.path("protocolVersion").asString(""))) {
        params.put("protocolVersion", supported.get(supported.size() - 1));
      }
    }
    return message;
  }

  /** A JSON-RPC error reply; {@code id} is null when the message had none that could be read. */
  static Outcome refused(Object id, int code, String message) {
    ObjectNode reply = AtlasJson.object().put("jsonrpc", "2.0");
    if (id instanceof String text) {
      reply.put("id", text);
    } else if (id instanceof Long number) {
      reply.put("id", number);
    } else {
      reply.putNull("id");
    }
    reply.putObject("error").put("code", code).put("message", message);
    return new Outcome(Status.REFUSED, AtlasJson.compact(reply));
  }

  private static Object id(JsonNode id) {
    if (id == null) {
      return null;
    }
    if (id.isString()) {
      return id.asString();
    }
    return id.canConvertToLong() && id.isIntegralNumber() ? id.asLong() : null;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(JsonNode message) {
    return AtlasJson.mapper().convertValue(message, Map.class);
  }

  private String write(JSONRPCResponse response) {
    try {
      return json.writeValueAsString(response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
