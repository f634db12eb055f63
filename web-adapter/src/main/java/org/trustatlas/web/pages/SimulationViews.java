package org.trustatlas.web.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.trustatlas.content.read.EventRuns;
import org.trustatlas.content.read.SimulationChart;
import org.trustatlas.core.dynamics.Event;
import org.trustatlas.core.dynamics.Simulation;
import org.trustatlas.core.dynamics.Trajectory;
import org.trustatlas.core.dynamics.TrustState;
import org.trustatlas.web.pages.Views.EventLine;
import org.trustatlas.web.pages.Views.SimulationView;
import org.trustatlas.web.pages.Views.TableRow;

/**
 * Puts a simulation into words and a table beside its chart, for readers who do not see the chart.
 * Everything said comes from the simulation itself (its summary and notice) and the read model's
 * event runs and chart, which the CLI shows too.
 */
final class SimulationViews {

  /** Up to this many weeks, the table lists every week; a longer run is sampled evenly. */
  static final int MAX_ROWS = 105;

  private SimulationViews() {}

  static SimulationView of(Simulation simulation) {
    Trajectory trajectory = simulation.trajectory();
    int stride = stride(trajectory.steps());
    return new SimulationView(simulation.scenario().title(), simulation.scenario().description(), trajectory.steps(),
        simulation.notice(), chart(simulation), simulation.summary().description(), events(EventRuns.of(simulation)),
        rows(trajectory, stride), stride == 1 ? "Every week." : "Every " + stride + " weeks, and the last week.");
  }

  /** The key and the SVG chart of the run, described by its summary and notice. */
  static String chart(Simulation simulation) {
    SimulationChart chart = SimulationChart.of(simulation);
    return TrajectoryChart.key(chart) + TrajectoryChart.svg(chart, simulation.scenario().title(),
        simulation.summary().description() + " " + simulation.notice());
  }

  static int stride(int steps) {
    return steps + 1 <= MAX_ROWS ? 1 : (int) Math.ceil(steps / (double) (MAX_ROWS - 2));
  }

  /**
   * The read model's event runs as lines: each event with its weeks, in order of first appearance,
   * then the events not applied, one line per reason.
   */
  static List<EventLine> events(EventRuns runs) {
    List<EventLine> lines = new ArrayList<>();
    for (EventRuns.Happened run : runs.events()) {
      lines.add(new EventLine(TrajectoryChart.capitalised(run.weeks().phrase()), run.event().describe()));
    }
    for (EventRuns.NotApplied run : runs.refusals()) {
      String events = run.events().stream().map(Event::describe).collect(Collectors.joining(", "));
      lines.add(new EventLine(TrajectoryChart.capitalised(run.weeks().phrase()),
          events + " (not applied; the summary says why)"));
    }
    return lines;
  }

  private static List<TableRow> rows(Trajectory trajectory, int stride) {
    List<TableRow> rows = new ArrayList<>();
    for (int t = 0; t <= trajectory.steps(); t += stride) {
      rows.add(row(trajectory, t));
    }
    if (trajectory.steps() % stride != 0) {
      rows.add(row(trajectory, trajectory.steps()));
    }
    return rows;
  }

  private static TableRow row(Trajectory trajectory, int t) {
    TrustState s = trajectory.state(t);
    String events = trajectory.point(t).events().stream().map(Event::describe).collect(Collectors.joining("; "));
    return new TableRow(t, TrajectoryChart.percent(trajectory.trust(t)), TrajectoryChart.percent(s.predictability()),
        TrajectoryChart.percent(s.dependability()), TrajectoryChart.percent(s.faith()),
        TrajectoryChart.percent(s.distrust()), events);
  }
}
