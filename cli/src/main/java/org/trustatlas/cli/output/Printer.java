package org.trustatlas.cli.output;

import java.io.PrintWriter;
import java.util.List;

/** Writes human output: styled, wrapped to the width, nothing decorative when not on a terminal. */
public final class Printer {

  private final PrintWriter out;
  private final Style style;
  private final int width;
  private final boolean decorate;

  public Printer(PrintWriter out, Environment environment, boolean colour) {
    this.out = out;
    this.style = new Style(colour);
    this.width = environment.width();
    this.decorate = environment.terminal();
  }

  public Style style() {
    return style;
  }

  public int width() {
    return width;
  }

  /** Whether headers and other decoration belong in the output: only on a terminal. */
  public boolean decorate() {
    return decorate;
  }

  public void line(String text) {
    out.println(text);
  }

  public void blank() {
    out.println();
  }

  public void heading(String text) {
    out.println(style.bold(text));
  }

  public void wrapped(String text, int indent) {
    Wrap.indented(text, indent, width).forEach(out::println);
  }

  public void lines(List<String> lines) {
    lines.forEach(out::println);
  }

  public void table(Table table, int indent) {
    lines(table.render(indent, width));
  }

  public void raw(String text) {
    out.print(text);
  }

  public void flush() {
    out.flush();
  }
}
