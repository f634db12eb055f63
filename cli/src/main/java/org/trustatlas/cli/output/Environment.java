package org.trustatlas.cli.output;

import java.io.Console;
import java.lang.reflect.Method;
import java.util.Map;

/**
 * What the process was started with that changes how output looks: environment variables and
 * whether standard output is a terminal. Tests pass their own, so no test depends on its console.
 *
 * @param variables the environment, such as {@code NO_COLOR} and {@code COLUMNS}
 * @param terminal whether standard output goes to a terminal rather than a pipe or a file
 */
public record Environment(Map<String, String> variables, boolean terminal) {

  /** Width used when {@code COLUMNS} is unset or not a number. */
  public static final int DEFAULT_WIDTH = 80;
  private static final int MIN_WIDTH = 40;
  /** Wider than any terminal; a larger COLUMNS (even 2147483647) draws this wide, never out of memory. */
  public static final int MAX_WIDTH = 1000;

  public Environment {
    variables = Map.copyOf(variables);
  }

  public static Environment system() {
    return new Environment(System.getenv(), stdoutIsTerminal());
  }

  /** A pipe: no colour, 80 columns; what scripts and tests see. */
  public static Environment piped(Map<String, String> variables) {
    return new Environment(variables, false);
  }

  /** Colour only on a terminal, and never when {@code NO_COLOR} is set to anything (no-color.org). */
  public boolean colourAllowed() {
    String noColor = variables.get("NO_COLOR");
    return terminal && (noColor == null || noColor.isEmpty());
  }

  /** {@code COLUMNS} when set (the launcher exports it on a terminal), within 40 to {@value #MAX_WIDTH}; otherwise 80. */
  public int width() {
    String columns = variables.get("COLUMNS");
    if (columns != null) {
      try {
        return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Integer.parseInt(columns.strip())));
      } catch (NumberFormatException notANumber) {
        return DEFAULT_WIDTH;
      }
    }
    return DEFAULT_WIDTH;
  }

  /**
   * Up to JDK 21 a console exists only when both ends are a terminal; from JDK 22 it always exists
   * and {@code isTerminal()} tells, so ask that there (reflection costs start-up time, so only there).
   */
  private static boolean stdoutIsTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    if (Runtime.version().feature() < 22) {
      return true;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (ReflectiveOperationException olderJdk) {
      return true;
    }
  }
}
