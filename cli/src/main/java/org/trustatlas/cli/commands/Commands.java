package org.trustatlas.cli.commands;

import java.util.ArrayList;
import java.util.List;

/**
 * Every {@code atlas} subcommand by name, in the order {@code atlas --help} lists them. Names are
 * known without loading any command, so a run builds and loads only the command it executes: a
 * switch rather than a map of constructor references, each of which would load its class.
 */
public final class Commands {

  private static final List<String> NAMES = List.of("concepts", "show", "search", "related", "plan", "scenarios",
      "simulate", "checkin", "resources", "validate", "export", "serve", "mcp", "completion");

  private Commands() {}

  /**
   * Starts reading, each on a thread of its own, the parts of the bundled pack {@code command} reads
   * first, so that they are read while picocli builds the command line rather than after it.
   */
  public static void prefetchFor(String command) {
    switch (command) {
      case "concepts", "related", "export" -> Packs.prefetch(Packs.Part.CONCEPTS);
      case "show" -> {
        Packs.prefetch(Packs.Part.CONCEPTS);
        Packs.prefetch(Packs.Part.SAFETY_RULES);
      }
      case "search" -> {
        Packs.prefetch(Packs.Part.CONCEPTS);
        Packs.prefetch(Packs.Part.GUIDANCE_AND_DANGER_WORDS);
      }
      case "plan", "checkin" -> {
        Packs.prefetch(Packs.Part.CONCEPTS);
        Packs.prefetch(Packs.Part.GUIDANCE);
      }
      case "resources" -> Packs.prefetch(Packs.Part.GUIDANCE);
      case "simulate", "scenarios" -> Packs.prefetch(Packs.Part.SCENARIOS);
      default -> {
        // validate, serve, mcp and completion read no bundled part first, or read it their own way
      }
    }
  }

  public static boolean exists(String name) {
    return NAMES.contains(name);
  }

  public static List<Object> all(Session session) {
    List<Object> commands = new ArrayList<>(NAMES.size());
    for (String name : NAMES) {
      commands.add(create(name, session));
    }
    return commands;
  }

  public static Object create(String name, Session session) {
    return switch (name) {
      case "concepts" -> new ConceptsCommand(session);
      case "show" -> new ShowCommand(session);
      case "search" -> new SearchCommand(session);
      case "related" -> new RelatedCommand(session);
      case "plan" -> new PlanCommand(session);
      case "scenarios" -> new ScenariosCommand(session);
      case "simulate" -> new SimulateCommand(session);
      case "checkin" -> new CheckInCommand(session);
      case "resources" -> new ResourcesCommand(session);
      case "validate" -> new ValidateCommand(session);
      case "export" -> new ExportCommand(session);
      case "serve" -> new ServeCommand(session);
      case "mcp" -> new McpCommand(session);
      case "completion" -> new CompletionCommand(session);
      default -> throw new IllegalArgumentException("no command '" + name + "'");
    };
  }
}
