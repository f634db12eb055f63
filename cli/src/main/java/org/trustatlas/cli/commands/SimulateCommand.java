package org.trustatlas.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.trustatlas.cli.output.Chart;
import org.trustatlas.cli.output.Printer;
import org.trustatlas.cli.output.Style;
import org.trustatlas.cli.output.Table;
import org.trustatlas.content.input.PackLoadException;
import org.trustatlas.content.input.PackProblem;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.content.input.InputException;
import org.trustatlas.content.input.InputLimits;
import org.trustatlas.content.input.Quote;
import org.trustatlas.content.input.StrictInput;
import org.trustatlas.content.json.AtlasJson;
import org.trustatlas.content.read.EventRuns;
import org.trustatlas.content.read.SimulationChart;
import org.trustatlas.content.read.SimulationChart.Key;
import org.trustatlas.content.read.SimulationChart.Mark;
import org.trustatlas.content.read.SimulationChart.MarkKind;
import org.trustatlas.core.dynamics.Event;
import org.trustatlas.core.dynamics.Scenario;
import org.trustatlas.core.dynamics.Simulation;
import org.trustatlas.core.dynamics.SimulationCost;
import org.trustatlas.core.dynamics.SimulationTooLargeException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "simulate", customSynopsis = {"atlas simulate (--scenario ID | --events FILE)",
    "                      [--steps N] [--seed N] [--chart] [--json]"}, description = {"Run a scenario of how trust evolves, week by week, and say what it "
    + "comes to; --chart draws it.",
    "An illustration of published research findings, not a prediction about anyone's relationship."},
    footer = {"%nExamples:", "  atlas simulate --scenario discovered-affair-denied --chart",
        "  atlas simulate --scenario late-breach --steps 156 --json",
        "  atlas simulate --events my-scenario.yaml --chart",
        "%nScenario ids: atlas scenarios. An events file (YAML or JSON, at most 64 KiB) has the shape of one entry "
            + "of the pack's scenarios.yaml: id, title, description, steps, events [{at, type, ...}].",
        "%nLimits: a run steps through at most " + SimulationCost.MAX_STEPS + " weeks and applies at most "
            + SimulationCost.MAX_EVENTS + " events, each repetition of an 'every' counted; a larger one is refused "
            + "before it starts (exit 1)."})
final class SimulateCommand implements Callable<Integer> {

  /** Rows of plot: 4k + 1 puts 0.25, 0.5 and 0.75 on rows of their own, evenly apart. */
  static final int CHART_HEIGHT = 13;

  private final Session session;

  @Spec
  CommandSpec spec;

  @Option(names = {"-s", "--scenario"}, paramLabel = "ID", description = "A named scenario of the pack.")
  String scenario;

  @Option(names = {"-e", "--events"}, paramLabel = "FILE", description = "A scenario of your own, YAML or JSON.")
  Path events;

  @Option(names = "--steps", paramLabel = "N", description = "Run N weeks instead of the scenario's own, 1 to "
      + Scenario.MAX_STEPS + "; the scenario's events set a minimum (the week of its last event).")
  Integer steps;

  @Option(names = "--seed", paramLabel = "N", description = "Seed the week-to-week fluctuation (when the "
      + "parameters ask for any) with N instead of the scenario's seed.")
  Long seed;

  @Option(names = "--chart", description = "Draw trust (where a partner causes harm, the safety of the person harmed) and "
      + "distrust over the weeks, with the events marked (text only, not with --json).")
  boolean chart;

  SimulateCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    if ((scenario == null) == (events == null)) {
      throw new ParameterException(spec.commandLine(), scenario == null
          ? "say what to run: --scenario ID (see 'atlas scenarios') or --events FILE"
          : "--scenario and --events cannot be used together; give one");
    }
    Scenario run = adjusted(scenario != null ? named(scenario) : read(events));
    Simulation simulation;
    try {
      simulation = session.atlas().simulate(run);
    } catch (SimulationTooLargeException tooLarge) {
      throw tooLarge(tooLarge);
    }
    if (session.json()) {
      session.printJson(AtlasJson.simulation(simulation));
    } else {
      print(simulation);
    }
    return 0;
  }

  private Scenario named(String id) {
    List<Scenario> all = session.atlas().scenarios();
    return session.atlas().scenario(id).orElseThrow(() -> {
      List<String> ids = all.stream().map(Scenario::id).toList();
      String valid = ids.isEmpty() ? "; this pack has none, so give --events FILE" : new org.trustatlas.content.read.Vocabulary("scenario", ids).hint(id)
          + " (valid: " + String.join(", ", ids) + ")";
      return new ParameterException(spec.commandLine(), "unknown scenario " + Quote.of(id) + valid);
    });
  }

  /**
   * The file's located problems go to stderr one a line, as file:line:column: message, then a usage
   * error (exit 2), as for a missing file or a malformed --answers file: the file named cannot be used.
   */
  private Scenario read(Path file) {
    String text = text(file);
    try {
      return TrustAtlas.readScenario(file.toString(), text);
    } catch (SimulationTooLargeException tooLarge) {
      throw tooLarge(tooLarge);
    } catch (PackLoadException invalid) {
      PrintWriter err = spec.commandLine().getErr();
      for (PackProblem problem : invalid.problems()) {
        err.println(Problems.location(problem) + ": " + problem.message());
      }
      int count = invalid.problems().size();
      throw Failure.usage("--events '" + file + "' is not a scenario that can run: " + count
          + (count == 1 ? " problem" : " problems") + ", above", invalid);
    }
  }

  /** Read as every front end reads a document: a regular file of at most 64 KiB of UTF-8 text. */
  private String text(Path file) {
    if (StandardInput.closed(file)) {
      throw new ParameterException(spec.commandLine(), "--events '" + file + "' " + StandardInput.closedProblem());
    }
    try {
      return StrictInput.readFile(file, file.toString(), InputLimits.DOCUMENT.maxBytes());
    } catch (InputException unreadable) {
      throw new ParameterException(spec.commandLine(), "--events '" + file + "' " + unreadable.problem().message());
    }
  }

  private Failure tooLarge(SimulationTooLargeException refused) {
    return new Failure("the run is too large: " + refused.getMessage() + ". " + SimulationCost.describeLimits(),
        refused);
  }

  /** --steps and --seed through the scenario's own checks, so their errors are core's. */
  private Scenario adjusted(Scenario base) {
    try {
      Scenario adjusted = steps == null ? base : base.withSteps(steps);
      return seed == null ? adjusted : adjusted.withSeed(seed);
    } catch (IllegalArgumentException invalid) {
      throw new ParameterException(spec.commandLine(), "--steps " + steps + ": " + invalid.getMessage());
    }
  }

  private void print(Simulation simulation) {
    Printer printer = session.printer();
    Scenario run = simulation.scenario();
    printer.heading(run.title());
    printer.wrapped(run.id() + ": " + run.steps() + (run.steps() == 1 ? " week" : " weeks") + ", seed " + run.seed(), 2);
    printer.wrapped(simulation.notice(), 2);
    printer.blank();
    printer.wrapped(simulation.summary().description(), 2);
    if (chart) {
      printer.blank();
      SimulationChart model = SimulationChart.of(simulation);
      printer.heading(capitalised(model.lead().label()) + " and distrust over " + run.steps()
          + (run.steps() == 1 ? " week" : " weeks"));
      printer.lines(chart(model, printer.style()).render(printer.width(), CHART_HEIGHT));
    }
    EventRuns runs = EventRuns.of(simulation);
    events(runs, printer);
    refusals(runs, printer);
  }

  /**
   * The read model's chart drawn in braille: the lead series and distrust only, since five braille
   * lines would not read apart in a terminal, and a glyph per mark kind.
   */
  static Chart chart(SimulationChart model, Style style) {
    Chart chart = new Chart("weeks").line(model.lead().label(), model.lead().values(), style::accent);
    model.series(Key.DISTRUST).ifPresent(distrust -> chart.dotted(distrust.label(), distrust.values(), style::dim));
    // Declared in order of importance: where marks share a character, a violation shows first.
    chart.markKind('▲', MarkKind.VIOLATION.label(), style::error).markKind('×', MarkKind.NOT_APPLIED.label(), style::bold)
        .markKind('•', "other event", style::bold).markKind('+', MarkKind.POSITIVE_ACT.label(), style::dim);
    for (Mark mark : model.marks()) {
      chart.mark(mark.week(), glyph(mark.kind()));
    }
    return chart;
  }

  private static char glyph(MarkKind kind) {
    return switch (kind) {
      case VIOLATION -> '▲';
      case NOT_APPLIED -> '×';
      case POSITIVE_ACT -> '+';
      case RESPONSE, STRESSOR, SUPPORT, FORGIVE -> '•';
    };
  }

  /** Each event once, with the weeks it happens in: "weeks 13–52  a trustworthy act (size 0.5)". */
  private static void events(EventRuns runs, Printer printer) {
    if (runs.events().isEmpty()) {
      return;
    }
    printer.blank();
    printer.heading("Events");
    Table table = Table.styled(printer.style()::dim);
    for (EventRuns.Happened run : runs.events()) {
      table.row(run.weeks().phrase(), run.event().describe());
    }
    printer.table(table, 2);
  }

  /** Events refused for one reason are one row with their weeks, the reason said once. */
  private static void refusals(EventRuns runs, Printer printer) {
    if (runs.refusals().isEmpty()) {
      return;
    }
    printer.blank();
    printer.heading("Not applied as repair");
    Table table = Table.styled(printer.style()::dim);
    for (EventRuns.NotApplied run : runs.refusals()) {
      String events = String.join(", ", run.events().stream().map(Event::describe).toList());
      table.row(run.weeks().phrase(), capitalised(events) + ". " + run.reason() + " (" + run.source() + ")");
    }
    printer.table(table, 2);
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
