package org.trustatlas.cli.commands;

import java.util.List;
import java.util.concurrent.Callable;
import org.trustatlas.cli.output.Printer;
import org.trustatlas.cli.output.Table;
import org.trustatlas.content.json.AtlasJson;
import org.trustatlas.core.dynamics.Scenario;
import picocli.CommandLine.Command;

@Command(name = "scenarios", description = {"List the pack's named scenarios of how trust evolves: id, title, "
    + "weeks and what happens.", "Run one with 'atlas simulate --scenario ID'."},
    footer = {"%nExamples:", "  atlas scenarios", "  atlas scenarios --quiet      # ids only",
        "  atlas scenarios --json"})
final class ScenariosCommand implements Callable<Integer> {

  private final Session session;

  ScenariosCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    List<Scenario> scenarios = session.atlas().scenarios();
    if (session.json()) {
      session.printJson(AtlasJson.scenarios(scenarios));
    } else if (session.quiet()) {
      scenarios.forEach(s -> session.out().println(s.id()));
    } else if (scenarios.isEmpty()) {
      session.note("this pack has no scenarios; 'atlas simulate --events FILE' runs one of your own");
    } else {
      print(scenarios);
    }
    return 0;
  }

  private void print(List<Scenario> scenarios) {
    Printer printer = session.printer();
    Table table = Table.styled(printer.style()::accent);
    if (printer.decorate()) {
      table.header(printer.style()::bold, "ID", "SCENARIO");
    }
    for (Scenario scenario : scenarios) {
      String description = scenario.description().isEmpty() ? "" : " " + scenario.description();
      table.row(scenario.id(), scenario.title() + " (" + scenario.steps() + " weeks)." + description);
    }
    printer.table(table, 0);
  }
}
