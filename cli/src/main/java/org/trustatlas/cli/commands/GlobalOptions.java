package org.trustatlas.cli.commands;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * Options every command takes, before or after its name ({@code atlas --json show x} and {@code
 * atlas show x --json} mean the same). Inherited by every subcommand; the values land here.
 */
public final class GlobalOptions {

  @Option(names = "--pack", paramLabel = "DIR", scope = ScopeType.INHERIT,
      description = "Read the content pack in DIR instead of the bundled one.")
  Path pack;

  @Option(names = "--json", scope = ScopeType.INHERIT,
      description = "Print JSON in the documented shapes instead of text.")
  boolean json;

  @Option(names = "--no-color", scope = ScopeType.INHERIT,
      description = "No colour or bold, even on a terminal (so does the NO_COLOR variable).")
  boolean noColor;

  @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT,
      description = "Print only what scripts need: ids for lists, no status messages.")
  boolean quiet;

  @Option(names = "--verbose", scope = ScopeType.INHERIT,
      description = "Show stack traces with errors; serve also logs each request (never its content).")
  boolean verbose;

  public boolean verbose() {
    return verbose;
  }

  public boolean noColor() {
    return noColor;
  }
}
