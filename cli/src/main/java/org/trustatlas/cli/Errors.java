package org.trustatlas.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trustatlas.cli.commands.Failure;
import org.trustatlas.cli.commands.GlobalOptions;
import org.trustatlas.cli.output.Style;
import org.trustatlas.content.input.Quote;
import org.trustatlas.content.read.Vocabulary;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.RunLast;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Every error is one line on stderr, {@code atlas: ...}; a stack trace only with {@code --verbose}. */
final class Errors {

  static final int FAILURE = 1;
  static final int USAGE = 2;

  private Errors() {}

  private static final Pattern NOT_A_NUMBER = Pattern.compile("'(.*)' is not an? (?:int|long|short|byte)",
      Pattern.DOTALL);

  /** An empty path is the current folder to Java; given as a file or folder, it is a mistake. */
  static final class EmptyPath extends TypeConversionException {
    private static final long serialVersionUID = 1L;

    EmptyPath() {
      super("an empty path");
    }
  }

  /** Paths as picocli reads them, but an empty or blank one is a usage error. */
  static final class Paths implements ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
      if (value.isBlank()) {
        throw new EmptyPath();
      }
      try {
        return Path.of(value);
      } catch (InvalidPathException notAPath) {
        throw new TypeConversionException(Quote.of(value) + " is not a path this system accepts");
      }
    }
  }

  /**
   * Every value given on the command line, before any command runs: none may be empty or blank (an
   * empty id was looked up and "not found", exit 1), and each is text by the rule the web reads a
   * query value with ({@link Quote#notText}: no control character but newline and tab, no half of a
   * surrogate pair). A refusal is a usage error naming the option or parameter. A file or folder name
   * is the system's to judge, whatever it holds (Linux allows any byte but NUL), so only its emptiness
   * is checked here ({@link Paths}); its control characters are shown visibly if it is named in an
   * error.
   */
  static final class Arguments implements IExecutionStrategy {
    private final IExecutionStrategy then = new RunLast();

    @Override
    public int execute(ParseResult parsed) {
      for (ParseResult command = parsed; command != null; command = command.subcommand()) {
        for (ArgSpec arg : command.matchedArgs()) {
          for (String value : arg.originalStringValues()) {
            refuse(command.commandSpec().commandLine(), arg, value);
          }
        }
      }
      return then.execute(parsed);
    }

    private static void refuse(CommandLine command, ArgSpec arg, String value) {
      String why = value.isEmpty() ? "is empty; give a value" : value.isBlank() ? "is blank; give a value"
          : arg.type() == Path.class ? null : Quote.notText(value);
      if (why != null) {
        throw new ParameterException(command, Usage.named(arg) + " " + why, arg, value);
      }
    }
  }

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
      printUsage(ex.getCommandLine(), style, options, message(ex, args), ex);
      return USAGE;
    }

    /**
     * Our converters' words ("unknown kind 'x'; valid: ...") rather than picocli's "Invalid value for
     * option" wrapper, and "unknown command 'concpts'; did you mean 'concepts'?" rather than its
     * two-line form.
     */
    private static String message(ParameterException ex, String[] args) {
      if (ex.getCause() instanceof EmptyPath) {
        return named(ex.getArgSpec()) + " is empty; give a file or folder name";
      }
      if (ex.getCause() instanceof TypeConversionException vocabulary) {
        // picocli's own "'1e309' is not an int" names neither the option nor what it takes
        Matcher number = NOT_A_NUMBER.matcher(vocabulary.getMessage());
        return number.matches() ? named(ex.getArgSpec()) + " " + Quote.of(number.group(1)) + " is not a whole number"
            + (number.group(1).matches("[-+]?\\d+") ? " of a usable size" : "") : vocabulary.getMessage();
      }
      if (ex instanceof UnmatchedArgumentException unmatched) {
        return unmatched(unmatched, args);
      }
      String word = ex.getValue();
      if (word != null && ex.getArgSpec() == null && ex.getCommandLine().getParent() == null
          && ex.getMessage().startsWith("Unknown subcommand")) {
        // picocli's help command's own "Unknown subcommand 'nope'.": said as 'atlas nope' says it
        List<String> commands = List.copyOf(ex.getCommandLine().getSubcommands().keySet());
        String hint = new Vocabulary("command", commands).hint(word);
        return "unknown command " + Quote.of(word) + (hint.isEmpty() ? "; valid: " + String.join(", ", commands) : hint);
      }
      return ex.getMessage();
    }

    private static String named(ArgSpec arg) {
      return arg instanceof OptionSpec option ? option.longestName() : arg == null ? "a value" : arg.paramLabel();
    }

    // args: what the reader typed, as picocli was given it; its parse result no longer holds the '--'.
    private static String unmatched(UnmatchedArgumentException ex, String[] args) {
      String first = ex.getUnmatched().isEmpty() ? "" : ex.getUnmatched().get(0);
      boolean isOption = first.startsWith("-");
      boolean atRoot = ex.getCommandLine().getParent() == null;
      if (atRoot && !isOption && ex.getCommandLine().getSubcommands().containsKey(first)) {
        // the root takes no arguments, so a command's own name is unmatched only after '--'
        return Quote.of(first) + " comes after '--', which makes it an argument, not a command; give the command "
            + "first, as 'atlas " + first + " ...'";
      }
      String commands = String.join(", ", ex.getCommandLine().getSubcommands().keySet());
      if (atRoot && afterDoubleDash(ex.getUnmatched(), args)) {
        // "unknown command 'foo'" would hide the '--' that made even an option-like word an argument
        return Quote.of(first) + " comes after '--', which makes it an argument, and atlas takes none; give a "
            + "command first, one of: " + commands;
      }
      if (!atRoot && afterDoubleDash(ex.getUnmatched(), args)) {
        // an option's own name after '--' is a word, and suggesting that name back says nothing
        String name = ex.getCommandLine().getCommandSpec().qualifiedName();
        return Quote.of(first) + " comes after '--', which makes it an argument, and " + name
            + (ex.getCommandLine().getCommandSpec().positionalParameters().isEmpty() ? " takes none"
                : " takes no more") + "; give options before '--'";
      }
      String what = isOption ? "unknown option" : atRoot ? "unknown command" : "unexpected argument";
      List<String> near = ex.getSuggestions().stream().filter(s -> !s.equals(first)).toList();
      String hint = near.isEmpty() ? "" : "; did you mean '" + String.join("' or '", near) + "'?";
      if (hint.isEmpty() && atRoot && !isOption) {
        hint = "; valid: " + commands;
      }
      return what + " " + Quote.of(first) + hint;
    }

    // Whether the words left over are exactly those after the first '--' (which ends the options; a later
    // one is a word): whatever came before it, such as --pack's folder, was taken.
    private static boolean afterDoubleDash(List<String> unmatched, String[] args) {
      int dash = Arrays.asList(args).indexOf("--");
      return dash >= 0 && !unmatched.isEmpty() && Arrays.asList(args).subList(dash + 1, args.length).equals(unmatched);
    }
  }

  /**
   * A command failed: a usage {@link Failure} (a wrong file, folder or option combination) is a usage
   * error, exit 2, as picocli's are; any other Failure exit 1, and a bug exit 1 with a hint to use
   * --verbose.
   */
  static final class Execution implements IExecutionExceptionHandler {
    private final GlobalOptions options;
    private final Style style;

    Execution(GlobalOptions options, boolean colour) {
      this.options = options;
      this.style = new Style(colour);
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine command, ParseResult parsed) {
      if (ex instanceof Failure failure && failure.usage()) {
        printUsage(command, style, options, failure.getMessage(), ex);
        return USAGE;
      }
      String message = ex instanceof Failure
          ? ex.getMessage()
          : "unexpected " + ex.getClass().getSimpleName() + ": " + ex.getMessage()
              + (options.verbose() ? "" : " (run again with --verbose for the stack trace)");
      print(command.getErr(), style, options, "atlas: " + message, ex);
      return FAILURE;
    }
  }

  /** "atlas show: message. See 'atlas show --help'.": one form for picocli's usage errors and ours. */
  private static void printUsage(CommandLine command, Style style, GlobalOptions options, String message,
      Exception ex) {
    String name = command.getCommandSpec().qualifiedName();
    String stop = message.endsWith("?") || message.endsWith(".") ? " " : ". ";
    print(command.getErr(), style, options, name + ": " + message + stop + "See '" + name + " --help'.", ex);
  }

  private static void print(PrintWriter err, Style style, GlobalOptions options, String line, Exception ex) {
    err.println(style.error(line));
    if (options.verbose()) {
      ex.printStackTrace(err);
    }
    err.flush();
  }
}
