package org.trustatlas.cli.commands;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.trustatlas.content.StdioServer;
import org.trustatlas.content.TrustAtlas;
import picocli.CommandLine.Command;

@Command(name = "mcp", description = {"Serve the atlas to AI assistants over the Model Context Protocol, on stdio.",
    "An assistant starts it and talks to it on standard input and output; it runs until its input ends. "
        + "Needs the MCP adapter on the class path, as ./atlas mcp provides. Nothing sent is stored or logged."},
    footer = {"%nExamples:", "  atlas mcp", "  atlas mcp --pack my-pack/",
        "%nIn an assistant's configuration, the server is started as:",
        "  {\"command\": \"/path/to/atlas\", \"args\": [\"mcp\"]}"})
final class McpCommand implements Callable<Integer> {

  private final Session session;

  McpCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    StdioServer server = StdioServer.find("mcp").orElseThrow(() -> new Failure(
        "the MCP adapter is not on the class path; './atlas mcp' adds mcp-adapter/target and its lib/ once that "
            + "module is built"));
    if (StandardInput.closed()) {
      // its descriptor holds a file the JVM opened for itself: there are no messages to read
      session.note("atlas mcp: standard input is closed, so there are no messages to answer; an MCP client "
          + "starts 'atlas mcp' with a pipe to write them to");
      return 0;
    }
    TrustAtlas atlas = session.atlas();
    // Standard output carries protocol messages only, so the greeting goes to standard error.
    session.note("Trust Atlas '" + atlas.pack().title() + "' answers the Model Context Protocol on stdio "
        + "until its input ends");
    try {
      server.serve(atlas, System.in, session.out());
    } catch (IOException cannotRead) {
      throw new Failure("mcp: cannot read standard input: " + cannotRead.getMessage(), cannotRead);
    }
    return 0;
  }
}
