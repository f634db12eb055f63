package org.trustatlas.cli.commands;

import java.io.PrintWriter;
import org.trustatlas.cli.output.Environment;
import org.trustatlas.cli.output.Printer;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.content.json.AtlasJson;
import tools.jackson.databind.JsonNode;

/**
 * What one run of {@code atlas} shares between its commands: the global options, where output
 * goes and how it looks, and the atlas, loaded on first use so that {@code --help} and {@code
 * completion} never pay for reading a pack.
 */
public final class Session {

  private final GlobalOptions options;
  private final Environment environment;
  private final PrintWriter out;
  private final PrintWriter err;
  private TrustAtlas atlas;
  private Printer printer;

  public Session(GlobalOptions options, Environment environment, PrintWriter out, PrintWriter err) {
    this.options = options;
    this.environment = environment;
    this.out = out;
    this.err = err;
  }

  public GlobalOptions options() {
    return options;
  }

  boolean json() {
    return options.json;
  }

  boolean quiet() {
    return options.quiet;
  }

  /** The atlas of {@code --pack DIR}, or the bundled one. */
  TrustAtlas atlas() {
    if (atlas == null) {
      atlas = Packs.open(options.pack);
    }
    return atlas;
  }

  Printer printer() {
    if (printer == null) {
      printer = new Printer(out, environment, colour());
    }
    return printer;
  }

  /** Colour needs a terminal, no {@code NO_COLOR} and no {@code --no-color}. */
  public boolean colour() {
    return !options.noColor && environment.colourAllowed();
  }

  void printJson(JsonNode node) {
    out.print(AtlasJson.pretty(node));
  }

  /** A status message for people (stderr), left out with {@code --quiet}. */
  void note(String message) {
    if (!options.quiet) {
      err.println(message);
    }
  }

  PrintWriter out() {
    return out;
  }

  /** A message that must reach the reader even with {@code --quiet}, such as an emergency number (stderr). */
  void warn(String message) {
    err.println(message);
  }
}
