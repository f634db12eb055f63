package org.trustatlas.mcp;

import static org.trustatlas.content.input.StrictInput.kindOf;

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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trustatlas.content.input.InputException;
import org.trustatlas.content.input.PackProblem;
import org.trustatlas.content.input.Quote;
import org.trustatlas.content.input.StrictInput;
import org.trustatlas.content.json.AtlasJson;
import org.trustatlas.content.read.Vocabulary;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
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

  /** The methods whose params the SDK reads as a page request, with an optional string cursor. */
  private static final List<String> PAGED = List.of("tools/list", "resources/list", "resources/templates/list",
      "prompts/list");

  /**
   * The id the SDK sees in place of the client's: the SDK logs a request's id when a handler fails
   * (at warn, with a stack trace), so a client's id, which can be any text up to the message limit,
   * never reaches it. The client's own id is put back on the reply.
   */
  private static final String SDK_ID = "request";

  /** Reads a refused message again, leniently, only to find whose request it was. */
  private static final JsonMapper LENIENT = JsonMapper.builder().build();

  private static final String ARGUMENTS = "/params/arguments";

  private static final String INVALID_REQUEST = "Invalid request: a request has \"jsonrpc\": \"2.0\", a method and "
      + "an id that is a string or an integer";

  private static final Logger LOG = LoggerFactory.getLogger(McpMessages.class);

  private final McpJsonMapper json;
  private final Vocabulary tools;
  private volatile McpStatelessServerHandler handler;

  McpMessages(McpJsonMapper json, List<String> tools) {
    this.json = json;
    this.tools = new Vocabulary("tool", List.copyOf(tools));
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
      return refusedStrictly(text, unreadable.problem());
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
    if (hasMethod && message.has("id") && id == null) {
      return refused(null, ErrorCodes.INVALID_REQUEST, INVALID_REQUEST);
    }
    String badParams = hasMethod && message.has("id") ? paramsProblem(message) : null;
    if (badParams != null) {
      return refused(id, ErrorCodes.INVALID_PARAMS, "Invalid params: " + badParams);
    }
    String tool = message.path("method").asString("").equals("tools/call")
        ? message.path("params").path("name").asString("") : null;
    if (tool != null && message.has("id") && !tools.words().contains(tool)) {
      // The SDK would answer with the MCP specification's example text, "Unknown tool: invalid_tool_name".
      return refused(id, ErrorCodes.INVALID_PARAMS, "Unknown tool " + Quote.of(tool)
          + tools.hint(tool) + "; the tools are " + tools.listed());
    }
    try {
      if (hasMethod && message.has("id")) {
        ObjectNode neutral = anonymous((ObjectNode) message);
        neutral.put("id", SDK_ID);
        JSONRPCRequest request = json.convertValue(map(neutral), JSONRPCRequest.class);
        JSONRPCResponse response = handler.handleRequest(McpTransportContext.EMPTY, request)
            .contextWrite(c -> c.put(McpTransportContext.KEY, McpTransportContext.EMPTY)).block();
        return new Outcome(Status.ANSWERED, write(answered(id, message.path("method").asString(""), response)));
      }
      if (hasMethod) {
        // A stateless server has nothing to do on a notification (the SDK's handlers only log them, and
        // log an unknown one's method name), so none is passed on.
        return Outcome.accepted();
      }
    } catch (IllegalArgumentException | JacksonException malformed) {
      return refused(id, ErrorCodes.INVALID_REQUEST, INVALID_REQUEST);
    } catch (RuntimeException failed) {
      logFailure(message.path("method").asString(""), failed.getClass().getName());
      return refused(id, ErrorCodes.INTERNAL_ERROR, "Internal error");
    }
    if (message.has("result") || message.has("error")) {
      return Outcome.accepted();
    }
    return refused(id, ErrorCodes.INVALID_REQUEST, "Invalid request: a message has a method, or a result or an "
        + "error");
  }

  /**
   * A message the strict reader refused may still be JSON a client sent as a request (a repeated key,
   * a number too large, a control character, nesting too deep): its reply carries the request's id, or
   * the client would wait for an answer that never comes. A refused tool argument is a tool error
   * naming it, as any other bad argument is. An id that is itself what was refused is no id.
   */
  private Outcome refusedStrictly(String text, PackProblem problem) {
    JsonNode message;
    try {
      message = LENIENT.readTree(text);
    } catch (JacksonException | IllegalArgumentException unreadable) {
      message = null;
    }
    String pointer = problem.pointer();
    boolean idRefused = pointer.equals("/id") || pointer.startsWith("/id/");
    Object id = message == null || !message.isObject() ? null
        : idRefused ? escapedId(message.get("id")) : id(message.get("id"));
    String tool = id == null || !message.path("method").asString("").equals("tools/call") ? ""
        : message.path("params").path("name").asString("");
    if (tools.words().contains(tool) && (pointer.equals(ARGUMENTS) || pointer.startsWith(ARGUMENTS + "/"))) {
      String argument = pointer.equals(ARGUMENTS) ? "arguments"
          : pointer.substring(ARGUMENTS.length() + 1).replace("~1", "/").replace("~0", "~");
      ObjectNode reply = AtlasJson.object().put("jsonrpc", "2.0");
      if (id instanceof String textId) {
        reply.put("id", textId);
      } else {
        reply.put("id", (Long) id);
      }
      ObjectNode result = reply.putObject("result");
      result.putArray("content").addObject().put("type", "text")
          .put("text", tool + ": " + Quote.bare(argument) + ": " + problem.message());
      result.put("isError", true);
      return new Outcome(Status.ANSWERED, AtlasJson.compact(reply));
    }
    return refused(id, ErrorCodes.PARSE_ERROR, "Parse error: " + problem.message());
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
    if (params == null || params.isNull()) {
      return null;
    }
    // Every request's params may carry _meta, which the SDK reads as an object (a map).
    String meta = shapeProblem(params, "_meta", true);
    if (meta != null) {
      return meta;
    }
    if (method.equals("tools/call") && params.has("arguments") && !params.get("arguments").isObject()
        && !params.get("arguments").isNull()) {
      return "a tool's \"arguments\" is an object";
    }
    return PAGED.contains(method) ? shapeProblem(params, "cursor", false) : null;
  }

  /** What is wrong with an optional member of params, an object or a string, or null when it is absent, null or right. */
  private static String shapeProblem(JsonNode params, String member, boolean object) {
    JsonNode value = params.get(member);
    if (value == null || value.isNull() || (object ? value.isObject() : value.isString())) {
      return null;
    }
    return "params." + member + " must be " + (object ? "an object" : "a string") + " when given, not "
        + kindOf(value);
  }

  /**
   * The SDK's reply under the client's own id. An internal error the SDK made from a Java exception
   * carries the exception's message (class names, a parser's words): the client gets "Internal error",
   * and the operator one WARN line naming the method and the failure's class (the SDK's own log of it
   * is off, as it quotes the request).
   */
  private static JSONRPCResponse answered(Object id, String method, JSONRPCResponse response) {
    JSONRPCResponse.JSONRPCError error = response.error();
    if (error != null && error.code() != null && error.code() == ErrorCodes.INTERNAL_ERROR) {
      logFailure(method, ToolFailure.failureClass(error.message()).orElse("an exception inside the MCP SDK"));
      error = new JSONRPCResponse.JSONRPCError(ErrorCodes.INTERNAL_ERROR, "Internal error");
    } else if (error != null && error.data() instanceof Map<?, ?> data && data.get("uri") instanceof String uri) {
      // the SDK's "Resource not found" carries the address as sent: quoted as every error quotes input
      Map<Object, Object> quoted = new java.util.LinkedHashMap<>(data);
      quoted.put("uri", Quote.bare(uri));
      error = new JSONRPCResponse.JSONRPCError(error.code(), error.message(), quoted);
    }
    return new JSONRPCResponse(response.jsonrpc(), id, response.result(), error);
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

  /** The methods a failure's log line may name; any other is logged as "another method". */
  private static final java.util.Set<String> LOGGED_METHODS = java.util.Set.of("initialize", "ping", "tools/list",
      "tools/call", "resources/list", "resources/read", "resources/templates/list", "prompts/list", "prompts/get",
      "completion/complete", "logging/setLevel");

  /**
   * One WARN line for a request the server failed: its method, if one of MCP's own, and the failure's
   * class. Never the id, the params or the exception's message: each can quote what the client sent.
   */
  private static void logFailure(String method, String failure) {
    LOG.warn("MCP request {} failed inside the server ({}); answered \"Internal error\"",
        LOGGED_METHODS.contains(method) ? method : "of another method", failure);
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

  /**
   * An id the strict reader refused for the control character it holds, echoed as sent: JSON writes
   * a C0 control escaped ({@code \u0001}), so the reply is safe to show and the client can match it.
   * Any other refused id (given twice, holding DEL, a C1 control, half a surrogate pair, a bidirectional
   * control or an invisible character, which JSON would write raw) is none.
   */
  private static Object escapedId(JsonNode id) {
    if (id == null || !id.isString()) {
      return null;
    }
    String text = id.asString();
    boolean onlyEscapedControls = text.chars().allMatch(c -> c >= 0x20 && c < 0x7F || c > 0x9F && !Character
        .isSurrogate((char) c) || c < 0x20);
    // JSON writes a bidirectional control or an invisible character raw, so one would reach the client's
    // screen as sent: the same test that keeps them out of a pack's text keeps such an id out of a reply
    return onlyEscapedControls && Quote.controlCharacter(text) >= 0 && Quote.hidden(text, true) == null ? text : null;
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
