package org.trustatlas.cli.output;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Rows of cells in aligned columns, two spaces apart. The last column wraps to the width that is
 * left, its continuation lines indented under it, so long labels never break the alignment. When
 * too little width is left for that to read well, rows stay one line each and run long: a row
 * broken into a narrow ribbon is harder to read, and to grep, than a long line.
 */
public final class Table {

  private static final int GAP = 2;
  private static final int MIN_LAST = 20;
  private final List<String[]> rows = new ArrayList<>();
  private final List<UnaryOperator<String>> styles = new ArrayList<>();
  private UnaryOperator<String> headerStyle;

  /** Styles per column (applied after padding is measured, so escapes never shift columns). */
  @SafeVarargs
  public static Table styled(UnaryOperator<String>... columnStyles) {
    Table table = new Table();
    table.styles.addAll(Arrays.asList(columnStyles));
    return table;
  }

  /** A first row of column names in {@code style}; callers add it only on a terminal. */
  public Table header(UnaryOperator<String> style, String... cells) {
    if (!rows.isEmpty()) {
      throw new IllegalStateException("the header must be the first row");
    }
    headerStyle = style;
    return row(cells);
  }

  public Table row(String... cells) {
    rows.add(cells.clone());
    return this;
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }

  public List<String> render(int indent, int width) {
    int columns = rows.stream().mapToInt(r -> r.length).max().orElse(0);
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int i = 0; i < row.length - 1; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      lines.addAll(render(rows.get(i), widths, indent, width, i == 0 && headerStyle != null));
    }
    return lines;
  }

  private List<String> render(String[] row, int[] widths, int indent, int width, boolean header) {
    StringBuilder head = new StringBuilder(" ".repeat(indent));
    for (int i = 0; i < row.length - 1; i++) {
      head.append(style(i, row[i], header)).append(" ".repeat(widths[i] - row[i].length() + GAP));
    }
    int at = indent;
    for (int i = 0; i < row.length - 1; i++) {
      at += widths[i] + GAP;
    }
    int last = row.length - 1;
    List<String> wrapped = width - at < MIN_LAST ? List.of(row[last]) : Wrap.lines(row[last], width - at);
    List<String> lines = new ArrayList<>();
    lines.add((head + style(last, wrapped.get(0), header)).stripTrailing());
    for (String more : wrapped.subList(1, wrapped.size())) {
      lines.add(" ".repeat(at) + style(last, more, header));
    }
    return lines;
  }

  private String style(int column, String cell, boolean header) {
    if (header) {
      return headerStyle.apply(cell);
    }
    return column < styles.size() && styles.get(column) != null ? styles.get(column).apply(cell) : cell;
  }
}
