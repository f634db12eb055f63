package org.trustatlas.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.trustatlas.content.input.StrictInput;
import org.trustatlas.content.json.AtlasJson;
import org.trustatlas.core.dynamics.EventType;
import org.trustatlas.core.dynamics.Measure;
import org.trustatlas.core.dynamics.Refusal;
import org.trustatlas.core.dynamics.Scenario;
import org.trustatlas.core.dynamics.Simulation;
import org.trustatlas.core.dynamics.SimulationCost;
import org.trustatlas.core.dynamics.SimulationTooLargeException;
import org.trustatlas.core.dynamics.TimedEvent;
import org.trustatlas.core.dynamics.Trajectory;
import org.trustatlas.core.internal.Suggestions;
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
      + Scenario.MAX_STEPS + ".")
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
      String valid = ids.isEmpty() ? "; this pack has none, so give --events FILE" : Suggestions.hint(id, ids)
          + " (valid: " + String.join(", ", ids) + ")";
      return new ParameterException(spec.commandLine(), "unknown scenario '" + id + "'" + valid);
    });
  }

  /** The file's located problems go to stderr one a line, as file:line:column: message; exit 1. */
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
      throw new Failure("'" + file + "' is not a scenario that can run: " + count + (count == 1 ? " problem" : " problems"),
          invalid);
    }
  }

  /** Read as every front end reads a document: a regular file of at most 64 KiB of UTF-8 text. */
  private String text(Path file) {
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
      printer.heading(capitalised(simulation.charted().label()) + " and distrust over " + run.steps()
          + (run.steps() == 1 ? " week" : " weeks"));
      printer.lines(chart(simulation, printer.style()).render(printer.width(), CHART_HEIGHT));
    }
    events(simulation.trajectory().events(), printer);
    refusals(simulation.refusals(), printer);
  }

  static Chart chart(Simulation simulation, Style style) {
    Trajectory trajectory = simulation.trajectory();
    Measure measure = simulation.charted();
    double[] lead = new double[trajectory.steps() + 1];
    double[] distrust = new double[trajectory.steps() + 1];
    for (int t = 0; t <= trajectory.steps(); t++) {
      lead[t] = trajectory.value(measure, t);
      distrust[t] = trajectory.state(t).distrust();
    }
    Chart chart = new Chart("weeks").line(measure.label(), lead, style::accent).dotted("distrust", distrust, style::dim)
        .markKind('▲', "violation", style::error).markKind('×', "not applied", style::bold)
        .markKind('•', "other event", style::bold).markKind('+', "trustworthy act", style::dim);
    for (TimedEvent timed : trajectory.events()) {
      EventType type = timed.event().type();
      chart.mark(timed.at(), type == EventType.VIOLATION ? '▲' : type == EventType.POSITIVE_ACT ? '+' : '•');
    }
    simulation.refusals().forEach(refusal -> chart.mark(refusal.at(), '×'));
    return chart;
  }

  /** Each kind of event once, with the weeks it happens in: "weeks 13–52  a trustworthy act (size 0.5)". */
  private static void events(List<TimedEvent> events, Printer printer) {
    if (events.isEmpty()) {
      return;
    }
    Map<String, List<Integer>> weeks = new LinkedHashMap<>();
    for (TimedEvent timed : events) {
      weeks.computeIfAbsent(timed.event().describe(), d -> new ArrayList<>()).add(timed.at());
    }
    printer.blank();
    printer.heading("Events");
    Table table = Table.styled(printer.style()::dim);
    weeks.forEach((description, at) -> table.row(weeks(at), description));
    printer.table(table, 2);
  }

  private static void refusals(List<Refusal> refusals, Printer printer) {
    if (refusals.isEmpty()) {
      return;
    }
    printer.blank();
    printer.heading("Not applied as repair");
    // Events refused for the same reason are one row with their weeks, the reason said once.
    Map<String, List<Integer>> weeks = new LinkedHashMap<>();
    Map<String, java.util.Set<String>> events = new LinkedHashMap<>();
    for (Refusal refusal : refusals) {
      String reason = refusal.reason() + " (" + refusal.source() + ")";
      weeks.computeIfAbsent(reason, k -> new ArrayList<>()).add(refusal.at());
      events.computeIfAbsent(reason, k -> new java.util.LinkedHashSet<>()).add(refusal.event().describe());
    }
    Table table = Table.styled(printer.style()::dim);
    weeks.forEach((reason, at) -> table.row(weeks(at),
        capitalised(String.join(", ", events.get(reason))) + ". " + reason));
    printer.table(table, 2);
  }

  /**
   * "week 10", "weeks 6, 18, 30", "weeks 13–52", "weeks 2–50 every 4": three or more weeks in a row,
   * or four or more evenly apart, are written as a range.
   */
  static String weeks(List<Integer> at) {
    List<Integer> sorted = at.stream().distinct().sorted().toList();
    List<String> parts = new ArrayList<>();
    int i = 0;
    while (i < sorted.size()) {
      int end = i;
      if (i + 1 < sorted.size()) {
        int gap = sorted.get(i + 1) - sorted.get(i);
        end = i + 1;
        while (end + 1 < sorted.size() && sorted.get(end + 1) - sorted.get(end) == gap) {
          end++;
        }
        if (end - i < (gap == 1 ? 2 : 3)) {
          end = i;
        }
      }
      if (end == i) {
        parts.add(String.valueOf(sorted.get(i)));
      } else {
        int gap = sorted.get(i + 1) - sorted.get(i);
        parts.add(sorted.get(i) + "–" + sorted.get(end) + (gap == 1 ? "" : " every " + gap));
      }
      i = end + 1;
    }
    return (sorted.size() == 1 ? "week " : "weeks ") + String.join(", ", parts);
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
