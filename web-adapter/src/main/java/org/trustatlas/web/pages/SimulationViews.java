package org.trustatlas.web.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.trustatlas.core.dynamics.Event;
import org.trustatlas.core.dynamics.Refusal;
import org.trustatlas.core.dynamics.Simulation;
import org.trustatlas.core.dynamics.TimedEvent;
import org.trustatlas.core.dynamics.Trajectory;
import org.trustatlas.core.dynamics.TrustState;
import org.trustatlas.web.pages.Views.EventLine;
import org.trustatlas.web.pages.Views.SimulationView;
import org.trustatlas.web.pages.Views.TableRow;

/**
 * Puts a simulation into words and a table beside its chart, for readers who do not see the chart.
 * Everything said comes from the simulation itself: its summary, notice, events and refusals.
 */
final class SimulationViews {

  /** Up to this many weeks, the table lists every week; a longer run is sampled evenly. */
  static final int MAX_ROWS = 105;

  private SimulationViews() {}

  static SimulationView of(Simulation simulation) {
    Trajectory trajectory = simulation.trajectory();
    int stride = stride(trajectory.steps());
    return new SimulationView(simulation.scenario().title(), simulation.scenario().description(), trajectory.steps(),
        simulation.notice(), TrajectoryChart.key(simulation) + TrajectoryChart.svg(simulation), simulation.summary().description(),
        events(trajectory.events(), simulation.refusals()),
        rows(trajectory, stride), stride == 1 ? "Every week." : "Every " + stride + " weeks, and the last week.");
  }

  static int stride(int steps) {
    return steps + 1 <= MAX_ROWS ? 1 : (int) Math.ceil(steps / (double) (MAX_ROWS - 2));
  }

  /**
   * The events, one line per kind of event in order of first appearance, then those not applied; an
   * event repeated at a regular interval is one line ("Weeks 13 to 52, every week").
   */
  static List<EventLine> events(List<TimedEvent> events, List<Refusal> refusals) {
    Map<String, List<Integer>> weeks = new LinkedHashMap<>();
    for (TimedEvent timed : events) {
      weeks.computeIfAbsent(timed.event().describe(), k -> new ArrayList<>()).add(timed.at());
    }
    for (Refusal refusal : refusals) {
      weeks.computeIfAbsent(refusal.event().describe() + " (not applied; the summary says why)",
          k -> new ArrayList<>()).add(refusal.at());
    }
    List<EventLine> lines = new ArrayList<>();
    weeks.forEach((what, at) -> lines.add(new EventLine(when(at), what)));
    return lines;
  }

  /**
   * The weeks an event happens, in words: regular stretches of three or more become "13 to 52", with
   * their interval when it is not every week.
   */
  static String when(List<Integer> weeks) {
    if (weeks.size() == 1) {
      return "Week " + weeks.get(0);
    }
    List<String> parts = new ArrayList<>();
    List<Integer> intervals = new ArrayList<>();
    int i = 0;
    while (i < weeks.size()) {
      int j = i;
      if (i + 2 < weeks.size()) {
        int every = weeks.get(i + 1) - weeks.get(i);
        while (j + 1 < weeks.size() && weeks.get(j + 1) - weeks.get(j) == every) {
          j++;
        }
        if (j - i >= 2 && every > 0) {
          parts.add(weeks.get(i) + " to " + weeks.get(j));
          intervals.add(every);
          i = j + 1;
          continue;
        }
      }
      parts.add(String.valueOf(weeks.get(i)));
      intervals.add(0);
      i++;
    }
    boolean oneInterval = intervals.stream().distinct().count() == 1 && intervals.get(0) > 0;
    if (oneInterval) {
      return "Weeks " + String.join(", ", parts) + ", every " + every(intervals.get(0));
    }
    List<String> described = new ArrayList<>();
    for (int k = 0; k < parts.size(); k++) {
      described.add(parts.get(k) + (intervals.get(k) > 0 ? " every " + every(intervals.get(k)) : ""));
    }
    return "Weeks " + String.join(", ", described);
  }

  private static String every(int weeks) {
    return weeks == 1 ? "week" : weeks + " weeks";
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
