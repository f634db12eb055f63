package org.trustatlas.cli;

import java.io.PrintWriter;
import org.trustatlas.cli.commands.Failure;
import org.trustatlas.cli.commands.GlobalOptions;
import org.trustatlas.cli.output.Style;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Every error is one line on stderr, {@code atlas: ...}; a stack trace only with {@code --verbose}. */
final class Errors {

  static final int FAILURE = 1;
  static final int USAGE = 2;

  private Errors() {}

  /** Bad arguments: exit 2, with the command whose help explains them. */
  static final class Usage implements IParameterExceptionHandler {
    private final GlobalOptions options;
    private final Style style;

    Usage(GlobalOptions options, boolean colour) {
      this.options = options;
      this.style = new Style(colour);
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
      CommandLine command = ex.getCommandLine();
      String name = command.getCommandSpec().qualifiedName();
      String message = message(ex);
      String stop = message.endsWith("?") || message.endsWith(".") ? " " : ". ";
      print(command.getErr(), style, options, name + ": " + message + stop + "See '" + name + " --help'.", ex);
      return USAGE;
    }

    /**
     * Our converters' words ("unknown kind 'x'; valid: ...") rather than picocli's "Invalid value for
     * option" wrapper, and "unknown command 'concpts'; did you mean 'concepts'?" rather than its
     * two-line form.
     */
    private static String message(ParameterException ex) {
      if (ex.getCause() instanceof TypeConversionException vocabulary) {
        return vocabulary.getMessage();
      }
      return ex instanceof UnmatchedArgumentException unmatched ? unmatched(unmatched) : ex.getMessage();
    }

    private static String unmatched(UnmatchedArgumentException ex) {
      String first = ex.getUnmatched().isEmpty() ? "" : ex.getUnmatched().get(0);
      boolean isOption = first.startsWith("-");
      boolean atRoot = ex.getCommandLine().getParent() == null;
      String what = isOption ? "unknown option" : atRoot ? "unknown command" : "unexpected argument";
      String hint = ex.getSuggestions().isEmpty() ? "" : "; did you mean '" + String.join("' or '", ex.getSuggestions()) + "'?";
      if (hint.isEmpty() && atRoot && !isOption) {
        hint = "; valid: " + String.join(", ", ex.getCommandLine().getSubcommands().keySet());
      }
      return what + " '" + first + "'" + hint;
    }
  }

  /** A command failed: exit 1 for a {@link Failure}, and for a bug, with a hint to use --verbose. */
  static final class Execution implements IExecutionExceptionHandler {
    private final GlobalOptions options;
    private final Style style;

    Execution(GlobalOptions options, boolean colour) {
      this.options = options;
      this.style = new Style(colour);
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine command, ParseResult parsed) {
      String message = ex instanceof Failure
          ? ex.getMessage()
          : "unexpected " + ex.getClass().getSimpleName() + ": " + ex.getMessage()
              + (options.verbose() ? "" : " (run again with --verbose for the stack trace)");
      print(command.getErr(), style, options, "atlas: " + message, ex);
      return FAILURE;
    }
  }

  private static void print(PrintWriter err, Style style, GlobalOptions options, String line, Exception ex) {
    err.println(style.error(line));
    if (options.verbose()) {
      ex.printStackTrace(err);
    }
    err.flush();
  }
}
