package org.trustatlas.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import org.trustatlas.cli.commands.Commands;
import org.trustatlas.cli.commands.GlobalOptions;
import org.trustatlas.cli.commands.Session;
import org.trustatlas.cli.output.Environment;
import org.trustatlas.cli.output.TerminalSafeWriter;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Builds the configured {@code atlas} command line. Tests use it with their own streams and
 * environment, exactly as {@link Main} does with the real ones.
 */
public final class Cli {

  /** picocli refuses narrower help. */
  private static final int MIN_HELP_WIDTH = 55;

  private Cli() {}

  /**
   * Runs {@code atlas args...} and returns its exit code; never calls {@code System.exit}. Both
   * streams pass through {@link TerminalSafeWriter}, so no data printed can move the cursor or clear
   * the screen, whatever it holds, and no error can be reordered by a bidirectional control it quotes.
   */
  public static int run(Environment environment, PrintWriter out, PrintWriter err, String... args) {
    PrintWriter safeOut = new PrintWriter(TerminalSafeWriter.of(out));
    PrintWriter safeErr = new PrintWriter(TerminalSafeWriter.forMessages(err));
    int code;
    try {
      code = create(environment, safeOut, safeErr, wantsColour(environment, args), args).execute(args);
    } finally {
      safeOut.flush();
      safeErr.flush();
    }
    return unwritten(out, safeErr, code);
  }

  /**
   * A PrintWriter keeps a failed write to itself: output to a full disk ({@code > /dev/full}) or a
   * closed pipe would be lost with exit code 0. Such a run says so and exits 1.
   */
  private static int unwritten(PrintWriter out, PrintWriter err, int code) {
    if (!out.checkError()) {
      return code;
    }
    err.println("atlas: standard output could not be written (it is full or closed); the output is incomplete");
    err.flush();
    return code == 0 ? 1 : code;
  }

  static CommandLine create(Environment environment, PrintWriter out, PrintWriter err, boolean colour,
      String... args) {
    String only = Dispatch.commandIn(args);
    if (only != null && Dispatch.readsBundledPack(args)) {
      Commands.prefetchFor(only);
    }
    GlobalOptions options = new GlobalOptions();
    Session session = new Session(options, environment, out, err);
    CommandLine line = new CommandLine(Specs.of(new AtlasCommand(options)));
    line.getCommandSpec().versionProvider(new VersionProvider(Arrays.asList(args).contains("--verbose")));
    if (!Dispatch.versionOnly(args)) { // the root answers --version without any subcommand
      addSubcommands(line, session, only);
    }
    // Settings below reach every subcommand added above.
    line.setOut(out);
    line.setErr(err);
    line.setColorScheme(Help.defaultColorScheme(colour ? Help.Ansi.ON : Help.Ansi.OFF));
    line.setUsageHelpWidth(Math.max(MIN_HELP_WIDTH, environment.width()));
    line.registerConverter(Path.class, new Errors.Paths());
    line.setParameterExceptionHandler(new Errors.Usage(options, colour));
    line.setExecutionExceptionHandler(new Errors.Execution(options, colour));
    line.setExecutionStrategy(new Errors.Arguments());
    // "@notes" is an argument as written, never a file of more arguments ('search @/dev/zero' read without end)
    line.setExpandAtFiles(false);
    return line;
  }

  /**
   * Only the command the arguments name, or, when they name none, help and every command, each from
   * its generated spec (picocli's help command alone is read from its annotations).
   */
  private static void addSubcommands(CommandLine line, Session session, String only) {
    if (only != null) {
      addSubcommand(line, Specs.of(Commands.create(only, session)));
      return;
    }
    addSubcommand(line, CommandSpec.forAnnotatedObject(new HelpCommand()));
    for (Object command : Commands.all(session)) {
      addSubcommand(line, Specs.of(command));
    }
  }

  private static void addSubcommand(CommandLine line, CommandSpec sub) {
    Specs.inherit(line.getCommandSpec(), sub);
    line.addSubcommand(sub);
  }

  /** Help is printed while arguments are parsed, so its colour is decided from the raw arguments. */
  private static boolean wantsColour(Environment environment, String[] args) {
    // A loop, not a stream: this runs before the pack's read starts on its thread, and links no lambda.
    if (!environment.colourAllowed()) {
      return false;
    }
    for (String arg : args) {
      if (arg.equals("--no-color")) {
        return false;
      }
    }
    return true;
  }
}
