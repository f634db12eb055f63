package org.trustatlas.cli.commands;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Every {@code atlas} subcommand by name, in the order {@code atlas --help} lists them. Names are
 * known without reflection, so a run can build only the command it executes (picocli reads each
 * command's annotations when it is added, and that is most of a cold start's parsing cost).
 */
public final class Commands {

  private static final Map<String, Function<Session, Object>> ALL = all();

  private Commands() {}

  private static Map<String, Function<Session, Object>> all() {
    Map<String, Function<Session, Object>> commands = new LinkedHashMap<>();
    commands.put("concepts", ConceptsCommand::new);
    commands.put("show", ShowCommand::new);
    commands.put("search", SearchCommand::new);
    commands.put("related", RelatedCommand::new);
    commands.put("plan", PlanCommand::new);
    commands.put("scenarios", ScenariosCommand::new);
    commands.put("simulate", SimulateCommand::new);
    commands.put("checkin", CheckInCommand::new);
    commands.put("validate", ValidateCommand::new);
    commands.put("export", ExportCommand::new);
    commands.put("serve", ServeCommand::new);
    commands.put("mcp", McpCommand::new);
    commands.put("completion", CompletionCommand::new);
    return commands;
  }

  public static boolean exists(String name) {
    return ALL.containsKey(name);
  }

  public static List<Object> all(Session session) {
    return ALL.values().stream().map(command -> command.apply(session)).toList();
  }

  public static Object create(String name, Session session) {
    Function<Session, Object> command = ALL.get(name);
    if (command == null) {
      throw new IllegalArgumentException("no command '" + name + "'");
    }
    return command.apply(session);
  }
}
