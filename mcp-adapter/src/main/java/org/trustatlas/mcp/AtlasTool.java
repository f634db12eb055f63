package org.trustatlas.mcp;

import io.modelcontextprotocol.server.McpStatelessServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import io.modelcontextprotocol.spec.McpSchema.ToolAnnotations;
import java.util.Map;
import java.util.function.Function;
import org.trustatlas.content.json.AtlasJson;
import tools.jackson.databind.node.ObjectNode;

/**
 * One tool: its name, the words an assistant reads to decide when and how to call it, its input and
 * output schemas, and what it does with checked arguments. The answer is the structured content in
 * the HTTP API's shape ({@link AtlasJson}) and, for clients that read only text, the same JSON as
 * text; field order is kept, so a safety block that comes first in one comes first in both.
 */
record AtlasTool(String name, String title, String description, InputSchema input, Map<String, Object> output,
    Function<Arguments, ObjectNode> action) {

  /** Every tool only reads the atlas, answers the same to the same call, and reaches nothing outside. */
  private static final ToolAnnotations READ_ONLY = ToolAnnotations.builder().readOnlyHint(true)
      .destructiveHint(false).idempotentHint(true).openWorldHint(false).build();

  SyncToolSpecification specification() {
    Tool tool = Tool.builder(name, input.toMap()).title(title).description(description).outputSchema(output)
        .annotations(READ_ONLY).build();
    return SyncToolSpecification.builder().tool(tool).callHandler((context, request) -> call(request.arguments()))
        .build();
  }

  /** Runs the tool; a mistake in the arguments is a tool error the assistant can read and correct. */
  CallToolResult call(Map<String, Object> arguments) {
    try {
      ObjectNode result = action.apply(Arguments.of(arguments, input.names()));
      return CallToolResult.builder().addTextContent(AtlasJson.compact(result)).structuredContent(result).build();
    } catch (ToolError mistake) {
      return CallToolResult.builder().addTextContent(name + ": " + mistake.getMessage()).isError(true).build();
    } catch (RuntimeException bug) {
      // A fault of the server, not of the arguments: its message may quote them, so only its class goes on
      throw new ToolFailure(bug);
    }
  }
}
