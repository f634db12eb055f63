package org.trustatlas.mcp;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson3.JacksonMcpJsonMapper;
import io.modelcontextprotocol.json.schema.jackson3.DefaultJsonSchemaValidator;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpStatelessServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema.Implementation;
import io.modelcontextprotocol.spec.McpSchema.ServerCapabilities;
import java.util.ArrayList;
import java.util.List;
import org.trustatlas.content.TrustAtlas;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Model Context Protocol server for one atlas, on the SDK's stateless server: every tool and
 * resource, the instructions an assistant reads when it connects, and nothing that outlives a
 * message (no sessions, no subscriptions), so stdio and HTTP serve the same server.
 */
final class AtlasMcpServer {

  static final String INSTRUCTIONS = "Trust Atlas answers questions about sexual trust in romantic "
      + "relationships from a reviewed content pack in which every statement cites an article sentence or "
      + "published research, behind a safety gate. It is psychoeducation, not therapy or a diagnosis. Use its "
      + "tools rather than memory: search turns a person's words into concepts; show_concept and related "
      + "explain them; plan gives a repair plan; resources gives crisis services for a region; "
      + "checkin_questions and checkin_answer run a private self-reflection; scenarios and simulate illustrate "
      + "how trust evolves. Safety first: whenever a result carries a safety block, show it before anything "
      + "else and in full. If the person may be in danger now, give the emergency number and services (the "
      + "resources tool) before anything else. When harm by a partner is possible, never suggest couples or "
      + "joint work, and never present forgiveness as required. Leave names and identifying details out of "
      + "what you send; nothing sent is stored or logged.";

  private AtlasMcpServer() {}

  /** The server's messages, ready for a transport to frame. */
  static McpMessages messages(TrustAtlas trustAtlas) {
    return messages(trustAtlas, List.of());
  }

  /** As {@link #messages(TrustAtlas)}, with {@code more} tools after the atlas's own (tests add a failing one). */
  static McpMessages messages(TrustAtlas trustAtlas, List<AtlasTool> more) {
    McpJsonMapper json = new JacksonMcpJsonMapper(JsonMapper.shared());
    ConceptNames names = new ConceptNames(trustAtlas.atlas());
    List<AtlasTool> tools = tools(trustAtlas, names);
    tools.addAll(more);
    McpMessages messages = new McpMessages(json, tools.stream().map(AtlasTool::name).toList());
    AtlasResources resources = new AtlasResources(trustAtlas, names);
    McpServer.sync(messages)
        .serverInfo(Implementation.builder("trust-atlas", trustAtlas.pack().version())
            .title("Trust Atlas: " + trustAtlas.pack().title()).build())
        .instructions(INSTRUCTIONS)
        .capabilities(ServerCapabilities.builder().tools(false).resources(false, false).build())
        .jsonMapper(json)
        .jsonSchemaValidator(new DefaultJsonSchemaValidator(JsonMapper.shared()))
        // Arguments are checked by each tool, whose errors name the nearest valid value.
        .validateToolInputs(false)
        .tools(tools.stream().map(AtlasTool::specification).toList())
        .resources(resources.resources())
        .resourceTemplates(resources.conceptTemplate())
        .build();
    return messages;
  }

  static List<AtlasTool> tools(TrustAtlas trustAtlas, ConceptNames names) {
    List<AtlasTool> tools = new ArrayList<>(new ConceptTools(trustAtlas, names).tools());
    tools.addAll(new GuidanceTools(trustAtlas).tools());
    tools.addAll(new SimulationTools(trustAtlas).tools());
    return tools;
  }
}
