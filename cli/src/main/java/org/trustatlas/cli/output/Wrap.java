package org.trustatlas.cli.output;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Greedy word wrapping; a word longer than the line (a URL) gets a line of its own, unbroken. */
public final class Wrap {

  private static final Pattern SPACES = Pattern.compile("\\s+");   // compiled once: every line of output wraps

  private Wrap() {}

  public static List<String> lines(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : SPACES.split(text.strip())) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** {@code text} wrapped to {@code width}, every line indented by {@code indent} spaces. */
  public static List<String> indented(String text, int indent, int width) {
    String pad = " ".repeat(indent);
    return lines(text, Math.max(20, width - indent)).stream().map(l -> pad + l).toList();
  }
}
