package org.trustatlas.web.pages;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.IntToDoubleFunction;
import org.trustatlas.core.dynamics.Event;
import org.trustatlas.core.dynamics.EventType;
import org.trustatlas.core.dynamics.Measure;
import org.trustatlas.core.dynamics.Refusal;
import org.trustatlas.core.dynamics.Simulation;
import org.trustatlas.core.dynamics.TimedEvent;
import org.trustatlas.core.dynamics.Trajectory;

/**
 * Draws a simulation as an inline SVG line chart, on the server, so it needs no script and no
 * third-party asset. Readable without colour: every line has its own dash pattern, shown in a key
 * above the chart with the line's name and last value; events sit in named lanes under the time
 * axis. Narrow enough to read on a phone without sideways scrolling. All styling is by class from
 * the one stylesheet (the CSP allows no inline style); geometry is attributes. Pure: the same
 * simulation always gives the same text.
 */
final class TrajectoryChart {

  static final int WIDTH = 420;
  static final double LEFT = 58;
  static final double RIGHT = 408;
  static final double TOP = 12;
  static final double BOTTOM = 232;
  static final double LANE_TOP = 292;
  /** A lane: its name on top, its marks under it. */
  static final double LANE_HEIGHT = 34;

  /** One line of the chart: its class (which sets colour and dash pattern) and its label. */
  record Series(String key, String label, IntToDoubleFunction value) {}

  /** One row of event markers under the time axis. */
  private record Lane(String key, String label, List<Mark> marks) {}

  /** An event in a lane: from week {@code at}, lasting {@code weeks}. */
  private record Mark(int at, int weeks) {}

  private final Simulation simulation;
  private final Trajectory trajectory;
  private final int steps;

  private TrajectoryChart(Simulation simulation) {
    this.simulation = simulation;
    this.trajectory = simulation.trajectory();
    this.steps = trajectory.steps();
  }

  /**
   * The lines, in the order they are drawn and listed: trust, the overall score, first; where a partner
   * causes harm, the safety and the distrust of the person harmed instead, as the simulation charts it.
   */
  static List<Series> series(Simulation simulation) {
    Trajectory trajectory = simulation.trajectory();
    if (simulation.charted() == Measure.SAFETY) {
      return List.of(new Series("safety", "Safety", trajectory::safety),
          new Series("distrust", "Distrust", t -> trajectory.state(t).distrust()));
    }
    return List.of(
        new Series("trust", "Trust", trajectory::trust),
        new Series("predictability", "Predictability", t -> trajectory.state(t).predictability()),
        new Series("dependability", "Dependability", t -> trajectory.state(t).dependability()),
        new Series("faith", "Faith", t -> trajectory.state(t).faith()),
        new Series("distrust", "Distrust", t -> trajectory.state(t).distrust()));
  }

  /** The whole {@code <svg>} element. */
  static String svg(Simulation simulation) {
    return new TrajectoryChart(simulation).draw();
  }

  /** The key shown above the chart: a list naming each line, with its dash pattern and last value. */
  static String key(Simulation simulation) {
    return new TrajectoryChart(simulation).key();
  }

  private String key() {
    StringBuilder out = new StringBuilder(1024);
    out.append("<ul class=\"chart-key\">\n");
    for (Series s : series(simulation)) {
      out.append("<li><svg class=\"chart-swatch\" viewBox=\"0 0 32 10\" aria-hidden=\"true\" focusable=\"false\">")
          .append("<line class=\"series series-").append(s.key()).append(" series-key\" x1=\"0\" y1=\"5\" x2=\"32\" ")
          .append("y2=\"5\"/></svg> ").append(s.label()).append(' ').append(percent(s.value().applyAsDouble(steps)))
          .append("</li>\n");
    }
    return out.append("</ul>\n").toString();
  }

  private String draw() {
    List<Lane> lanes = lanes();
    double height = LANE_TOP + Math.max(1, lanes.size()) * LANE_HEIGHT + 8;
    StringBuilder out = new StringBuilder(8192);
    out.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
        .append(n(height)).append("\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" focusable=\"false\">\n");
    out.append("<title id=\"chart-title\">").append(escape(title())).append("</title>\n");
    out.append("<desc id=\"chart-desc\">").append(escape(simulation.summary().description())).append(' ')
        .append(escape(simulation.notice())).append("</desc>\n");
    grid(out);
    guides(out);
    List<Series> series = series(simulation);
    for (Series s : series) {
      line(out, s);
    }
    xAxis(out);
    lanes(out, lanes);
    out.append("</svg>\n");
    return out.toString();
  }

  private String title() {
    String lines = simulation.charted() == Measure.SAFETY ? "safety and distrust of the person harmed"
        : "trust, predictability, dependability, faith and distrust";
    return "Line chart: " + lines + " over " + steps + " weeks, " + simulation.scenario().title();
  }

  private double x(double week) {
    return x(week, steps);
  }

  /** Where week {@code week} of a run of {@code steps} weeks is drawn. */
  static double x(double week, int steps) {
    return LEFT + (RIGHT - LEFT) * week / steps;
  }

  static double y(double value) {
    return BOTTOM - (BOTTOM - TOP) * value;
  }

  private void grid(StringBuilder out) {
    out.append("<g class=\"chart-grid\">\n");
    for (int percent = 0; percent <= 100; percent += 25) {
      double y = y(percent / 100.0);
      out.append("<line x1=\"").append(n(LEFT)).append("\" y1=\"").append(n(y)).append("\" x2=\"").append(n(RIGHT))
          .append("\" y2=\"").append(n(y)).append("\"/>\n");
    }
    out.append("</g>\n<g class=\"chart-axis-labels\" text-anchor=\"end\">\n");
    for (int percent = 0; percent <= 100; percent += 25) {
      out.append("<text x=\"").append(n(LEFT - 8)).append("\" y=\"").append(n(y(percent / 100.0) + 5)).append("\">")
          .append(percent).append("%</text>\n");
    }
    out.append("</g>\n");
    double middle = (TOP + BOTTOM) / 2;
    out.append("<text class=\"chart-axis-title\" text-anchor=\"middle\" transform=\"translate(16 ").append(n(middle))
        .append(") rotate(-90)\">Level, 0 to 100%</text>\n");
    out.append("<path class=\"chart-axis\" d=\"M").append(n(LEFT)).append(' ').append(n(TOP)).append("V")
        .append(n(BOTTOM)).append("H").append(n(RIGHT)).append("\"/>\n");
  }

  /** A dotted line up through the plot at each violation, so the moment of a breach is easy to find. */
  private void guides(StringBuilder out) {
    TreeSet<Integer> weeks = new TreeSet<>();
    for (TimedEvent timed : trajectory.events()) {
      if (timed.event().type() == EventType.VIOLATION) {
        weeks.add(timed.at());
      }
    }
    if (weeks.isEmpty()) {
      return;
    }
    out.append("<g class=\"chart-guide\">\n");
    for (int week : weeks) {
      out.append("<line x1=\"").append(n(x(week))).append("\" y1=\"").append(n(TOP)).append("\" x2=\"")
          .append(n(x(week))).append("\" y2=\"").append(n(BOTTOM)).append("\"/>\n");
    }
    out.append("</g>\n");
  }

  private void line(StringBuilder out, Series series) {
    out.append("<polyline class=\"series series-").append(series.key()).append("\" fill=\"none\" points=\"");
    boolean first = true;
    for (int t : sampleWeeks(series)) {
      out.append(first ? "" : " ").append(n(x(t))).append(',').append(n(y(series.value().applyAsDouble(t))));
      first = false;
    }
    out.append("\"/>\n");
  }

  /**
   * The weeks to draw. Up to two points per unit of width, every week is drawn; a longer run keeps,
   * for each column, its first, lowest, highest and last week, so no dip or spike disappears.
   */
  List<Integer> sampleWeeks(Series series) {
    int columns = (int) (RIGHT - LEFT);
    List<Integer> weeks = new ArrayList<>();
    if (steps + 1 <= 2 * columns) {
      for (int t = 0; t <= steps; t++) {
        weeks.add(t);
      }
      return weeks;
    }
    int start = 0;
    for (int column = 0; column < columns; column++) {
      int end = (int) Math.min(steps, Math.floor((double) (column + 1) * (steps + 1) / columns) - 1);
      if (end < start) {
        continue;
      }
      int low = start;
      int high = start;
      for (int t = start; t <= end; t++) {
        double v = series.value().applyAsDouble(t);
        if (v < series.value().applyAsDouble(low)) {
          low = t;
        }
        if (v > series.value().applyAsDouble(high)) {
          high = t;
        }
      }
      new TreeSet<>(List.of(start, low, high, end)).forEach(weeks::add);
      start = end + 1;
    }
    return weeks;
  }

  private void xAxis(StringBuilder out) {
    int step = tickStep(steps);
    out.append("<g class=\"chart-axis-labels\" text-anchor=\"middle\">\n");
    for (int week = 0; week <= steps; week += step) {
      out.append("<line class=\"chart-tick\" x1=\"").append(n(x(week))).append("\" y1=\"").append(n(BOTTOM))
          .append("\" x2=\"").append(n(x(week))).append("\" y2=\"").append(n(BOTTOM + 5)).append("\"/>\n");
      out.append("<text x=\"").append(n(x(week))).append("\" y=\"").append(n(BOTTOM + 21)).append("\">").append(week)
          .append("</text>\n");
    }
    out.append("</g>\n");
    out.append("<text class=\"chart-axis-title\" text-anchor=\"middle\" x=\"").append(n((LEFT + RIGHT) / 2))
        .append("\" y=\"").append(n(BOTTOM + 44)).append("\">Week</text>\n");
  }

  /** 1, 2 or 5 times a power of ten, so that there are at most ten intervals. */
  static int tickStep(int steps) {
    int step = 1;
    while (true) {
      for (int factor : new int[] {1, 2, 5}) {
        if (steps / (step * factor) <= 10) {
          return step * factor;
        }
      }
      step *= 10;
    }
  }

  private List<Lane> lanes() {
    Map<EventType, List<Mark>> byType = new EnumMap<>(EventType.class);
    for (TimedEvent timed : trajectory.events()) {
      byType.computeIfAbsent(timed.event().type(), k -> new ArrayList<>()).add(new Mark(timed.at(), weeks(timed.event())));
    }
    List<Lane> lanes = new ArrayList<>();
    byType.forEach((type, marks) -> lanes.add(new Lane(type.slug(), laneLabel(type), marks)));
    List<Mark> refused = simulation.refusals().stream().map(Refusal::at).map(at -> new Mark(at, 1)).toList();
    if (!refused.isEmpty()) {
      lanes.add(new Lane("refused", "Not applied", refused));
    }
    return lanes;
  }

  static String laneLabel(EventType type) {
    return switch (type) {
      case POSITIVE_ACT -> "Trustworthy act";
      case VIOLATION -> "Violation";
      case RESPONSE -> "Response";
      case STRESSOR -> "Stress";
      case SUPPORT -> "Support";
      case FORGIVE -> "Forgiving";
    };
  }

  private static int weeks(Event event) {
    if (event instanceof Event.Stressor stressor) {
      return stressor.weeks();
    }
    return event instanceof Event.Support support ? support.weeks() : 1;
  }

  /** One row per kind of event, named above its marks; a lasting event is a bar, a moment a mark. */
  private void lanes(StringBuilder out, List<Lane> lanes) {
    if (lanes.isEmpty()) {
      out.append("<text class=\"chart-lane-label\" x=\"").append(n(LEFT)).append("\" y=\"").append(n(LANE_TOP + 15))
          .append("\">No events: the starting state left to itself.</text>\n");
      return;
    }
    for (int i = 0; i < lanes.size(); i++) {
      Lane lane = lanes.get(i);
      double top = LANE_TOP + i * LANE_HEIGHT;
      double middle = top + 24;
      out.append("<g class=\"chart-lane lane-").append(lane.key()).append("\">\n");
      out.append("<text class=\"chart-lane-label\" x=\"").append(n(LEFT)).append("\" y=\"").append(n(top + 11))
          .append("\">").append(lane.label()).append("</text>\n");
      out.append("<line class=\"chart-lane-rule\" x1=\"").append(n(LEFT)).append("\" y1=\"").append(n(middle))
          .append("\" x2=\"").append(n(RIGHT)).append("\" y2=\"").append(n(middle)).append("\"/>\n");
      TreeSet<Long> drawn = new TreeSet<>();
      for (Mark mark : lane.marks()) {
        if (drawn.add(Math.round(x(mark.at())) * 100_000L + mark.weeks())) {
          mark(out, lane.key(), mark, middle);
        }
      }
      out.append("</g>\n");
    }
  }

  private void mark(StringBuilder out, String lane, Mark mark, double middle) {
    double x = x(mark.at());
    if (mark.weeks() > 1) {
      double end = x(Math.min(steps, mark.at() + mark.weeks() - 1));
      out.append("<rect class=\"mark-span\" x=\"").append(n(x)).append("\" y=\"").append(n(middle - 5))
          .append("\" width=\"").append(n(Math.max(2, end - x))).append("\" height=\"10\"/>\n");
      return;
    }
    switch (lane) {
      case "violation" -> out.append("<path class=\"mark\" d=\"M").append(n(x - 6)).append(' ').append(n(middle - 6))
          .append("H").append(n(x + 6)).append("L").append(n(x)).append(' ').append(n(middle + 6)).append("Z\"/>\n");
      case "response" -> out.append("<circle class=\"mark mark-open\" cx=\"").append(n(x)).append("\" cy=\"")
          .append(n(middle)).append("\" r=\"5\"/>\n");
      case "positive-act" -> out.append("<line class=\"mark-tick\" x1=\"").append(n(x)).append("\" y1=\"")
          .append(n(middle - 6)).append("\" x2=\"").append(n(x)).append("\" y2=\"").append(n(middle + 6)).append("\"/>\n");
      case "refused" -> out.append("<path class=\"mark-tick\" d=\"M").append(n(x - 5)).append(' ').append(n(middle - 5))
          .append("L").append(n(x + 5)).append(' ').append(n(middle + 5)).append("M").append(n(x - 5)).append(' ')
          .append(n(middle + 5)).append("L").append(n(x + 5)).append(' ').append(n(middle - 5)).append("\"/>\n");
      default -> out.append("<path class=\"mark mark-open\" d=\"M").append(n(x)).append(' ').append(n(middle - 6))
          .append("L").append(n(x + 6)).append(' ').append(n(middle)).append("L").append(n(x)).append(' ')
          .append(n(middle + 6)).append("L").append(n(x - 6)).append(' ').append(n(middle)).append("Z\"/>\n");
    }
  }

  static String percent(double value) {
    return Math.round(value * 100) + "%";
  }

  /** A coordinate with at most one decimal, always with a dot. */
  static String n(double value) {
    long tenths = Math.round(value * 10);
    return tenths % 10 == 0 ? Long.toString(tenths / 10) : String.format(Locale.ROOT, "%.1f", tenths / 10.0);
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
