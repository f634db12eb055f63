package org.trustatlas.cli.output;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * A line chart of values between 0 and 1 over steps 0 to n, drawn in text. A {@linkplain #line line}
 * series is drawn in braille (each character holds 2 × 4 dots), a {@linkplain #dotted dotted} one as
 * a row of {@code ·}, so the two read apart without colour. Below the plot: the x axis with numbered
 * ticks, a glyph under every {@linkplain #mark marked} step (one per {@linkplain #markKind kind}), and
 * a legend. Colour comes only from the functions the caller hands in (identity when colour is off).
 * Knows nothing about what the values mean.
 */
public final class Chart {

  /** Width of the y axis labels and the axis itself: {@code "1.00 ┤"}. */
  static final int LEFT = 6;
  static final int MIN_COLUMNS = 10;
  static final int MIN_HEIGHT = 2;
  static final char DOT = '·';
  private static final String GAP = "   ";
  private static final char BRAILLE = '\u2800';
  /** Braille dot bits by row (0 top .. 3 bottom) and column (0 left, 1 right) inside a character. */
  private static final int[][] BITS = {{0x01, 0x08}, {0x02, 0x10}, {0x04, 0x20}, {0x40, 0x80}};
  /** Labelled in this order; a later value is left out when its row already has a label. */
  private static final double[] Y_TICKS = {1.0, 0.0, 0.5, 0.75, 0.25};
  private static final int[] X_STEPS = {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000};

  private final String unit;
  private final List<Series> series = new ArrayList<>();
  private final List<MarkKind> kinds = new ArrayList<>();
  /** Step to the index of the most important kind marked there. */
  private final SortedMap<Integer, Integer> marks = new TreeMap<>();

  private record Series(String name, double[] values, boolean dotted, UnaryOperator<String> colour) {}

  private record MarkKind(char glyph, String label, UnaryOperator<String> colour) {}

  /** @param unit what a step is, for the legend, such as {@code weeks} */
  public Chart(String unit) {
    this.unit = unit;
  }

  /** A series drawn as a braille line; the first one drawn wins a character two series share. */
  public Chart line(String name, double[] values, UnaryOperator<String> colour) {
    return add(new Series(name, values.clone(), false, colour));
  }

  /** A series drawn as a dotted line of {@code ·}, under any braille line. */
  public Chart dotted(String name, double[] values, UnaryOperator<String> colour) {
    return add(new Series(name, values.clone(), true, colour));
  }

  /**
   * A kind of mark under the axis, such as {@code ▲} for "violation". Declare the most important
   * kind first: where marks share a character, the first declared is shown.
   */
  public Chart markKind(char glyph, String label, UnaryOperator<String> colour) {
    if (kinds.stream().anyMatch(k -> k.glyph == glyph)) {
      throw new IllegalArgumentException("mark '" + glyph + "' is declared twice");
    }
    kinds.add(new MarkKind(glyph, label, colour));
    return this;
  }

  /** Marks {@code step} with a declared kind; steps outside the chart are ignored. */
  public Chart mark(int step, char glyph) {
    int kind = -1;
    for (int i = 0; i < kinds.size(); i++) {
      if (kinds.get(i).glyph == glyph) {
        kind = i;
      }
    }
    if (kind < 0) {
      throw new IllegalArgumentException("mark '" + glyph + "' is not declared; call markKind first");
    }
    marks.merge(step, kind, Math::min);
    return this;
  }

  private Chart add(Series more) {
    if (more.values.length == 0) {
      throw new IllegalArgumentException("series '" + more.name + "' has no values");
    }
    if (!series.isEmpty() && series.get(0).values.length != more.values.length) {
      throw new IllegalArgumentException("series '" + more.name + "' has " + more.values.length
          + " values, not " + series.get(0).values.length + " like the others");
    }
    series.add(more);
    return this;
  }

  /**
   * The chart in lines of at most {@code width} characters (colour escapes not counted): {@code
   * height} rows of plot, the x axis, the marks (when any), the tick labels and the legend.
   */
  public List<String> render(int width, int height) {
    if (series.isEmpty()) {
      throw new IllegalStateException("a chart needs at least one series");
    }
    Grid grid = new Grid(Math.max(MIN_COLUMNS, width - LEFT - 1), Math.max(MIN_HEIGHT, height),
        series.get(0).values.length - 1);
    for (int i = 0; i < series.size(); i++) {
      grid.draw(i, series.get(i));
    }
    List<String> lines = new ArrayList<>();
    String[] labels = yLabels(grid);
    for (int row = 0; row < grid.height; row++) {
      String label = labels[row] == null ? "" : labels[row];
      String axis = labels[row] == null ? "│" : "┤";
      lines.add((pad(label, LEFT - 2) + " " + axis + grid.row(row)).stripTrailing());
    }
    List<Integer> ticks = xTicks(grid);
    lines.add(axis(grid, ticks));
    int[] kindAt = kindAt(grid);
    if (Arrays.stream(kindAt).anyMatch(kind -> kind >= 0)) {
      lines.add(marksRow(grid, kindAt));
    }
    lines.add(tickLabels(grid, ticks, width));
    lines.addAll(legend(kindAt, width));
    return lines;
  }

  private static String[] yLabels(Grid grid) {
    String[] labels = new String[grid.height];
    for (double tick : Y_TICKS) {
      int row = grid.y(tick) / 4;
      if (labels[row] == null) {
        labels[row] = String.format(Locale.ROOT, "%.2f", tick);
      }
    }
    return labels;
  }

  /** Every k-th step, k the smallest round number whose labels do not touch. */
  private static List<Integer> xTicks(Grid grid) {
    int room = String.valueOf(grid.steps).length() + 2;
    int every = grid.steps;
    for (int candidate : X_STEPS) {
      if (candidate <= grid.steps && grid.column(candidate) - grid.column(0) >= room) {
        every = candidate;
        break;
      }
    }
    List<Integer> ticks = new ArrayList<>();
    for (int step = 0; step <= grid.steps; step += Math.max(1, every)) {
      ticks.add(step);
    }
    return ticks;
  }

  private static String axis(Grid grid, List<Integer> ticks) {
    char[] line = "─".repeat(grid.columns).toCharArray();
    for (int step : ticks) {
      line[grid.column(step)] = '┬';
    }
    return " ".repeat(LEFT - 1) + "└" + new String(line);
  }

  /** The kind of mark shown in each column, -1 for none: the first declared of those marked there. */
  private int[] kindAt(Grid grid) {
    int[] kindAt = new int[grid.columns];
    Arrays.fill(kindAt, -1);
    marks.subMap(0, grid.steps + 1).forEach((step, kind) -> {
      int column = grid.column(step);
      kindAt[column] = kindAt[column] < 0 ? kind : Math.min(kindAt[column], kind);
    });
    return kindAt;
  }

  private String marksRow(Grid grid, int[] kindAt) {
    StringBuilder row = new StringBuilder(" ".repeat(LEFT));
    StringBuilder run = new StringBuilder();
    int runKind = -1;
    for (int column = 0; column < grid.columns; column++) {
      if (kindAt[column] != runKind && run.length() > 0) {
        row.append(runKind < 0 ? run : kinds.get(runKind).colour.apply(run.toString()));
        run.setLength(0);
      }
      runKind = kindAt[column];
      run.append(runKind < 0 ? ' ' : kinds.get(runKind).glyph);
    }
    if (runKind >= 0) {
      row.append(kinds.get(runKind).colour.apply(run.toString()));
    }
    return row.toString().stripTrailing();
  }

  private static String tickLabels(Grid grid, List<Integer> ticks, int width) {
    StringBuilder line = new StringBuilder();
    for (int step : ticks) {
      int at = LEFT + grid.column(step);
      String label = String.valueOf(step);
      boolean clear = at >= line.length() + (line.length() == 0 ? 0 : 1);
      if (clear && at + label.length() <= width) {
        line.append(" ".repeat(at - line.length())).append(label);
      }
    }
    return line.toString();
  }

  /** The legend, on as many lines as the width needs. */
  private List<String> legend(int[] kindAt, int width) {
    List<String> plain = new ArrayList<>();
    List<String> styled = new ArrayList<>();
    for (Series s : series) {
      String sample = s.dotted ? "" + DOT + DOT : "⠒⠒";
      plain.add(sample + " " + s.name);
      styled.add(s.colour.apply(sample) + " " + s.name);
    }
    for (int i = 0; i < kinds.size(); i++) {
      int kind = i;
      if (Arrays.stream(kindAt).anyMatch(shown -> shown == kind)) {
        MarkKind shown = kinds.get(i);
        plain.add(shown.glyph + " " + shown.label);
        styled.add(shown.colour.apply(String.valueOf(shown.glyph)) + " " + shown.label);
      }
    }
    plain.add("x: " + unit + ", y: 0 to 1");
    styled.add(plain.get(plain.size() - 1));
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder(" ".repeat(LEFT));
    int length = LEFT;
    for (int i = 0; i < plain.size(); i++) {
      boolean first = length == LEFT;
      if (!first && length + GAP.length() + plain.get(i).length() > width) {
        lines.add(line.toString());
        line = new StringBuilder(" ".repeat(LEFT));
        length = LEFT;
        first = true;
      }
      if (!first) {
        line.append(GAP);
        length += GAP.length();
      }
      line.append(styled.get(i));
      length += plain.get(i).length();
    }
    lines.add(line.toString());
    return lines;
  }

  private static int[][] filled(int rows, int columns) {
    int[][] cells = new int[rows][columns];
    for (int[] row : cells) {
      Arrays.fill(row, -1);
    }
    return cells;
  }

  private static String pad(String text, int width) {
    return " ".repeat(Math.max(0, width - text.length())) + text;
  }

  /** The plot area: braille bits of line series and the dotted series' cells, each with its owner. */
  private final class Grid {
    final int columns;
    final int height;
    final int steps;
    final int[][] bits;
    final int[][] lineOwner;
    final int[][] dotOwner;

    Grid(int columns, int height, int steps) {
      this.columns = columns;
      this.height = height;
      this.steps = steps;
      this.bits = new int[height][columns];
      this.lineOwner = filled(height, columns);
      this.dotOwner = filled(height, columns);
    }

    /** Dot column of a step: step 0 on the left edge, the last step on the right. */
    int x(int step) {
      return steps == 0 ? 0 : (int) Math.round(step * (columns * 2 - 1) / (double) steps);
    }

    int column(int step) {
      return x(step) / 2;
    }

    /** Dot row of a value: 1 on the top row of dots, 0 on the bottom one. */
    int y(double value) {
      double clamped = Double.isNaN(value) ? 0 : Math.max(0, Math.min(1, value));
      return (int) Math.round((1 - clamped) * (height * 4 - 1));
    }

    void draw(int index, Series s) {
      double[] v = s.values;
      if (v.length == 1) {
        dot(index, s.dotted, x(0), y(v[0]));
      }
      for (int t = 0; t + 1 < v.length; t++) {
        segment(index, s.dotted, x(t), y(v[t]), x(t + 1), y(v[t + 1]));
      }
    }

    // Bresenham: every dot between two neighbouring points, so the line never breaks.
    private void segment(int index, boolean dotted, int x0, int y0, int x1, int y1) {
      int dx = Math.abs(x1 - x0);
      int dy = -Math.abs(y1 - y0);
      int sx = x0 < x1 ? 1 : -1;
      int sy = y0 < y1 ? 1 : -1;
      int err = dx + dy;
      int x = x0;
      int y = y0;
      while (true) {
        dot(index, dotted, x, y);
        if (x == x1 && y == y1) {
          return;
        }
        int twice = 2 * err;
        if (twice >= dy) {
          err += dy;
          x += sx;
        }
        if (twice <= dx) {
          err += dx;
          y += sy;
        }
      }
    }

    private void dot(int index, boolean dotted, int x, int y) {
      int row = y / 4;
      int column = x / 2;
      if (dotted) {
        if (dotOwner[row][column] < 0) {
          dotOwner[row][column] = index;
        }
        return;
      }
      bits[row][column] |= BITS[y % 4][x % 2];
      if (lineOwner[row][column] < 0) {
        lineOwner[row][column] = index;
      }
    }

    /** One plot row, each run of characters of one series coloured once. */
    String row(int row) {
      StringBuilder out = new StringBuilder();
      StringBuilder run = new StringBuilder();
      int runOwner = -1;
      for (int column = 0; column < columns; column++) {
        int owner;
        char c;
        if (bits[row][column] != 0) {
          owner = lineOwner[row][column];
          c = (char) (BRAILLE + bits[row][column]);
        } else if (dotOwner[row][column] >= 0) {
          owner = dotOwner[row][column];
          c = DOT;
        } else {
          owner = -1;
          c = ' ';
        }
        if (owner != runOwner && run.length() > 0) {
          out.append(colour(runOwner, run.toString()));
          run.setLength(0);
        }
        runOwner = owner;
        run.append(c);
      }
      out.append(colour(runOwner, run.toString().stripTrailing()));
      return out.toString();
    }

    private String colour(int owner, String text) {
      return owner < 0 || text.isEmpty() ? text : series.get(owner).colour.apply(text);
    }
  }
}
