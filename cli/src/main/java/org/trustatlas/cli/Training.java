package org.trustatlas.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.trustatlas.cli.output.Environment;

/**
 * A training run for the AppCDS archive the {@code ./atlas} launcher builds once: runs the common
 * commands in one JVM, output discarded, so the classes they load are archived and every later
 * start maps them instead of loading them. Arguments (such as {@code --pack DIR}) go to every run.
 * Failures are fine here: an error path loads classes too.
 */
public final class Training {

  private static final List<String[]> RUNS = List.of(
      new String[] {"concepts"},
      new String[] {"concepts", "--json"},
      new String[] {"show", "infidelity"},
      new String[] {"show", "infidelity", "--json"},
      new String[] {"show", "infidelty"},
      new String[] {"related", "infidelity", "--depth", "2"},
      new String[] {"search", "my", "partner", "cheated"},
      new String[] {"validate"},
      new String[] {"export", "--format", "markdown"},
      new String[] {"plan", "--challenge", "infidelity", "--role", "hurt-partner", "--region", "US"},
      new String[] {"plan", "--challenge", "intimate-partner-abuse", "--role", "survivor", "--json"},
      new String[] {"scenarios"},
      new String[] {"simulate", "--scenario", "disclosed-affair-sincere-apology", "--chart"},
      new String[] {"checkin", "--questions"},
      new String[] {"--help"},
      new String[] {"concepts", "--kind", "nonsense"});

  private Training() {}

  public static void main(String[] args) {
    Environment.system(); // the console and environment classes every real start loads
    Environment environment = Environment.piped(Map.of());
    for (String[] run : RUNS) {
      String[] all = Stream.concat(Arrays.stream(args), Arrays.stream(run)).toArray(String[]::new);
      PrintWriter sink = new PrintWriter(new StringWriter());
      Cli.run(environment, sink, sink, all);
    }
  }
}
