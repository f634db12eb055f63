package org.trustatlas.web.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.trustatlas.content.read.SimulationChart;
import org.trustatlas.content.read.SimulationChart.Key;
import org.trustatlas.content.read.SimulationChart.Mark;
import org.trustatlas.content.read.SimulationChart.MarkKind;
import org.trustatlas.content.read.SimulationChart.Series;

/**
 * Draws the read model's {@link SimulationChart} as an inline SVG line chart, on the server, so it
 * needs no script and no third-party asset. What is drawn comes from the model; only the geometry,
 * the classes per series key and mark kind, and the shapes are chosen here. Readable without
 * colour: every line has its own dash pattern, shown in a key above the chart with the line's name
 * and last value; events sit in named lanes, one per mark kind, under the time axis. Narrow enough to read on a phone without sideways scrolling. All styling is by class from
 * the one stylesheet (the CSP allows no inline style); geometry is attributes. Pure: the same
 * chart always gives the same text.
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

  private final SimulationChart chart;
  private final int steps;

  private TrajectoryChart(SimulationChart chart) {
    this.chart = chart;
    this.steps = chart.extent().lastWeek();
  }

  /**
   * The whole {@code <svg>} element.
   *
   * @param title what the chart is of, such as the scenario's title
   * @param description what it shows in words, for readers who do not see it
   */
  static String svg(SimulationChart chart, String title, String description) {
    return new TrajectoryChart(chart).draw(title, description);
  }

  /** The key shown above the chart: a list naming each line, with its dash pattern and last value. */
  static String key(SimulationChart chart) {
    return new TrajectoryChart(chart).key();
  }

  private String key() {
    StringBuilder out = new StringBuilder(1024);
    out.append("<ul class=\"chart-key\">\n");
    for (Series s : chart.series()) {
      out.append("<li><svg class=\"chart-swatch\" viewBox=\"0 0 32 10\" aria-hidden=\"true\" focusable=\"false\">")
          .append("<line class=\"series series-").append(seriesClass(s.key())).append(" series-key\" x1=\"0\" y1=\"5\" ")
          .append("x2=\"32\" y2=\"5\"/></svg> ").append(capitalised(s.label())).append(' ')
          .append(percent(s.value(steps))).append("</li>\n");
    }
    return out.append("</ul>\n").toString();
  }

  private String draw(String title, String description) {
    Map<MarkKind, List<Mark>> lanes = chart.marksByKind();
    double height = LANE_TOP + Math.max(1, lanes.size()) * LANE_HEIGHT + 8;
    StringBuilder out = new StringBuilder(8192);
    out.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
        .append(n(height)).append("\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" focusable=\"false\">\n");
    out.append("<title id=\"chart-title\">").append(escape(title(title))).append("</title>\n");
    out.append("<desc id=\"chart-desc\">").append(escape(description)).append("</desc>\n");
    grid(out);
    guides(out, lanes.getOrDefault(MarkKind.VIOLATION, List.of()));
    for (Series s : chart.series()) {
      line(out, s);
    }
    xAxis(out);
    lanes(out, lanes);
    out.append("</svg>\n");
    return out.toString();
  }

  /** "Line chart: trust, predictability, dependability, faith and distrust over 104 weeks, ...". */
  private String title(String of) {
    List<String> labels = chart.series().stream().map(Series::label).toList();
    String lines = labels.size() == 1 ? labels.get(0) : String.join(", ", labels.subList(0, labels.size() - 1))
        + " and " + labels.get(labels.size() - 1);
    String whose = chart.lead().key() == Key.SAFETY ? " of the person harmed" : "";
    return "Line chart: " + lines + whose + " over " + steps + " weeks, " + of;
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
  private void guides(StringBuilder out, List<Mark> violations) {
    TreeSet<Integer> weeks = new TreeSet<>();
    for (Mark violation : violations) {
      weeks.add(violation.week());
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
    out.append("<polyline class=\"series series-").append(seriesClass(series.key())).append("\" fill=\"none\" points=\"");
    boolean first = true;
    for (int t : sampleWeeks(series)) {
      out.append(first ? "" : " ").append(n(x(t))).append(',').append(n(y(series.value(t))));
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
        double v = series.value(t);
        if (v < series.value(low)) {
          low = t;
        }
        if (v > series.value(high)) {
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

  /** The class of a series' line, which sets its colour and dash pattern in the stylesheet. */
  static String seriesClass(Key key) {
    return switch (key) {
      case TRUST -> "trust";
      case SAFETY -> "safety";
      case PREDICTABILITY -> "predictability";
      case DEPENDABILITY -> "dependability";
      case FAITH -> "faith";
      case DISTRUST -> "distrust";
    };
  }

  /** The class of a lane of marks. */
  static String laneClass(MarkKind kind) {
    return switch (kind) {
      case POSITIVE_ACT -> "positive-act";
      case VIOLATION -> "violation";
      case RESPONSE -> "response";
      case STRESSOR -> "stressor";
      case SUPPORT -> "support";
      case FORGIVE -> "forgive";
      case NOT_APPLIED -> "refused";
    };
  }

  /** One row per kind of event, named above its marks; a lasting event is a bar, a moment a mark. */
  private void lanes(StringBuilder out, Map<MarkKind, List<Mark>> lanes) {
    if (lanes.isEmpty()) {
      out.append("<text class=\"chart-lane-label\" x=\"").append(n(LEFT)).append("\" y=\"").append(n(LANE_TOP + 15))
          .append("\">No events: the starting state left to itself.</text>\n");
      return;
    }
    int i = 0;
    for (Map.Entry<MarkKind, List<Mark>> lane : lanes.entrySet()) {
      double top = LANE_TOP + i++ * LANE_HEIGHT;
      double middle = top + 24;
      out.append("<g class=\"chart-lane lane-").append(laneClass(lane.getKey())).append("\">\n");
      out.append("<text class=\"chart-lane-label\" x=\"").append(n(LEFT)).append("\" y=\"").append(n(top + 11))
          .append("\">").append(capitalised(lane.getKey().label())).append("</text>\n");
      out.append("<line class=\"chart-lane-rule\" x1=\"").append(n(LEFT)).append("\" y1=\"").append(n(middle))
          .append("\" x2=\"").append(n(RIGHT)).append("\" y2=\"").append(n(middle)).append("\"/>\n");
      TreeSet<Long> drawn = new TreeSet<>();
      for (Mark mark : lane.getValue()) {
        if (drawn.add(Math.round(x(mark.week())) * 100_000L + mark.weeks())) {
          mark(out, mark, middle);
        }
      }
      out.append("</g>\n");
    }
  }

  /** A lasting event is a bar; a moment a shape of its kind, so kinds differ without colour. */
  private void mark(StringBuilder out, Mark mark, double middle) {
    double x = x(mark.week());
    if (mark.weeks() > 1) {
      double end = x(Math.min(steps, mark.week() + mark.weeks() - 1));
      out.append("<rect class=\"mark-span\" x=\"").append(n(x)).append("\" y=\"").append(n(middle - 5))
          .append("\" width=\"").append(n(Math.max(2, end - x))).append("\" height=\"10\"/>\n");
      return;
    }
    // A switch expression, so a new kind of mark cannot go undrawn.
    String shape = switch (mark.kind()) {
      case VIOLATION -> "<path class=\"mark\" d=\"M" + n(x - 6) + ' ' + n(middle - 6) + "H" + n(x + 6) + "L" + n(x) + ' '
          + n(middle + 6) + "Z\"/>";
      case RESPONSE -> "<circle class=\"mark mark-open\" cx=\"" + n(x) + "\" cy=\"" + n(middle) + "\" r=\"5\"/>";
      case POSITIVE_ACT -> "<line class=\"mark-tick\" x1=\"" + n(x) + "\" y1=\"" + n(middle - 6) + "\" x2=\"" + n(x)
          + "\" y2=\"" + n(middle + 6) + "\"/>";
      case NOT_APPLIED -> "<path class=\"mark-tick\" d=\"M" + n(x - 5) + ' ' + n(middle - 5) + "L" + n(x + 5) + ' '
          + n(middle + 5) + "M" + n(x - 5) + ' ' + n(middle + 5) + "L" + n(x + 5) + ' ' + n(middle - 5) + "\"/>";
      case STRESSOR, SUPPORT, FORGIVE -> "<path class=\"mark mark-open\" d=\"M" + n(x) + ' ' + n(middle - 6) + "L"
          + n(x + 6) + ' ' + n(middle) + "L" + n(x) + ' ' + n(middle + 6) + "L" + n(x - 6) + ' ' + n(middle) + "Z\"/>";
    };
    out.append(shape).append('\n');
  }

  /** "Trust" for "trust": a label at the start of a key entry, a lane or a list item. */
  static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
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
