package org.trustatlas.cli.commands;

import java.io.BufferedReader;
import java.io.Console;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.trustatlas.cli.output.Printer;
import org.trustatlas.cli.output.Table;
import org.trustatlas.cli.output.Wrap;
import org.trustatlas.content.input.PackProblem;
import org.trustatlas.content.input.InputException;
import org.trustatlas.content.input.InputLimits;
import org.trustatlas.content.input.StrictInput;
import org.trustatlas.content.json.AtlasJson;
import org.trustatlas.content.read.Wording;
import org.trustatlas.core.checkin.CheckIn;
import org.trustatlas.core.checkin.CheckInStep;
import org.trustatlas.core.checkin.Choice;
import org.trustatlas.core.checkin.Question;
import org.trustatlas.core.safety.Region;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "checkin", customSynopsis = {"atlas checkin [--answers FILE|-] [--region CC] [--json]",
    "       atlas checkin --questions [--json]"},
    description = {"A short, private check-in that ends in a plan, or in where to turn.",
        "It first asks whether anyone else can see your answers and where you live, then about your safety, then "
            + "about what is happening; an answer that signals danger ends it at once with the emergency number and "
            + "services for where you live. When you are not alone, the questions about safety are left out. Asks on "
            + "a terminal; --answers FILE answers from a JSON file instead. Nothing you answer is saved or logged, "
            + "and unlike words typed after a command, answers given here never enter your shell's history."},
    footer = {"%nExamples:", "  atlas checkin", "  atlas checkin --region GB",
        "  atlas checkin --questions                   # the question and choice ids, for --answers",
        "  atlas checkin --answers answers.json --json",
        "  echo '{\"danger-now\": \"no\", \"what-happened\": [\"cheating\"]}' | atlas checkin --answers -",
        "  atlas checkin --answers answers.json --region UK",
        "%nAn answers file maps question ids to a choice id or a list of them; unanswered questions count as "
            + "not sure."})
final class CheckInCommand implements Callable<Integer> {

  /** {@code --answers -}: read the answers from standard input, so they need never touch the disk. */
  static final Path STDIN = Path.of("-");

  private final Session session;

  @Spec
  CommandSpec spec;

  @Option(names = "--answers", paramLabel = "FILE", description = "Answer from FILE (JSON: question id to choice "
      + "id or list of choice ids), or from standard input with -.")
  Path answers; // a path, so its name is the system's to judge, as every file's is; "-" is standard input

  @Option(names = "--questions", description = "List the questions and their choices instead of asking them.")
  boolean questions;

  @Option(names = "--region", paramLabel = "CC", converter = Regions.class,
      description = "Where you are, for the emergency number and services, until a question asks: a country code "
          + "such as US, CA, GB (or UK), AU, a country's name, or INTL.")
  Regions.Choice region;

  CheckInCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    if (questions && answers != null) {
      // refused before either is read: the answers would be dropped without a word
      throw new ParameterException(spec.commandLine(), "--answers and --questions cannot be given together: "
          + "--questions lists the questions and answers none; give one or the other");
    }
    CheckIn checkIn = session.atlas().checkIn();
    if (questions) {
      listQuestions(checkIn);
      return 0;
    }
    Region where = Regions.resolve(region);
    if (answers != null) {
      finish(scripted(checkIn, answers(answers), where), where);
      return 0;
    }
    Optional<Console> console = terminal();
    if (console.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "the check-in asks its questions on a terminal, and the input "
          + "here is not one; give the answers with --answers FILE (see 'atlas checkin --questions')");
    }
    // With --json the questions go to stderr, so standard output is the JSON alone.
    PrintWriter prompts = session.json() ? spec.commandLine().getErr() : session.out();
    CheckInDialog dialog = new CheckInDialog(new BufferedReader(console.get().reader()), prompts,
        session.printer().style(), session.printer().width());
    Optional<CheckInStep> end = dialog.run(checkIn, where);
    if (end.isEmpty()) {
      prompts.println("Stopped. Nothing you answered was kept. In an emergency, call "
          + String.join(" or ", session.atlas().emergencyNumber(where).numbers()) + ".");
      return 0;
    }
    finish(end.get(), where);
    return 0;
  }

  /** Checks every answer's form and ids before running any, so a bad file changes nothing. */
  private CheckInStep scripted(CheckIn checkIn, Map<String, List<String>> given, Region where) {
    try {
      for (Map.Entry<String, List<String>> answer : given.entrySet()) {
        for (Question question : checkIn.questions()) {
          if (question.id().equals(answer.getKey())) {
            question.choose(answer.getValue());
          }
        }
      }
      return checkIn.run(given, where);
    } catch (IllegalArgumentException invalid) {
      throw new ParameterException(spec.commandLine(), "--answers '" + answers + "': " + invalid.getMessage());
    }
  }

  /**
   * Read as every front end reads answers ({@link StrictInput}): a regular file or standard input, at
   * most 64 KiB, strict JSON, ids of at most 64 characters. A refusal never quotes the answers.
   */
  private Map<String, List<String>> answers(Path file) {
    String source = file.toString();
    if (file.equals(STDIN) ? StandardInput.closed() : StandardInput.closed(file)) {
      throw new ParameterException(spec.commandLine(), "--answers '" + source + "' " + StandardInput.closedProblem());
    }
    try {
      String text = file.equals(STDIN)
          ? StrictInput.readStream(System.in, source, InputLimits.DOCUMENT.maxBytes())
          : StrictInput.readFile(file, source, InputLimits.DOCUMENT.maxBytes());
      return StrictInput.answers(source, text);
    } catch (InputException refused) {
      PackProblem at = refused.problem();
      String where = at.line() > 0 ? " at line " + at.line() + ", column " + at.column() + ":"
          : at.pointer().isEmpty() ? "" : " at " + at.pointer() + ":";
      throw new ParameterException(spec.commandLine(), "--answers '" + source + "'" + where + " " + at.message());
    }
  }

  private void finish(CheckInStep end, Region where) {
    if (session.json()) {
      session.printJson(AtlasJson.checkInStep(end));
      return;
    }
    Printer printer = session.printer();
    Wording wording = session.atlas().wording();
    if (end instanceof CheckInStep.StopHere stop) {
      new SafetyView(printer, wording).print(stop.resources(), stop.safety().region(),
          note(stop.safety().region(), where));
      printer.blank();
      Wrap.lines(CheckInStep.StopHere.MESSAGE, printer.width()).forEach(l -> printer.line(printer.style().bold(l)));
    } else if (end instanceof CheckInStep.Planned planned) {
      Region used = planned.plan().situation().region();
      new PlanView(printer, wording).print(planned.plan(), session.atlas().atlas(), note(used, where));
    } else if (end instanceof CheckInStep.NothingNamed nothing) {
      new SafetyView(printer, wording).print(nothing.resources(), nothing.safety().region(),
          note(nothing.safety().region(), where));
      printer.blank();
      printer.wrapped("Your answers named nothing this atlas has a plan for. 'atlas search WORDS' finds concepts "
          + "in your own words, and 'atlas plan --challenge ID' makes a plan for one.", 0);
    }
  }

  /** Where the region came from, unless an answer chose it. */
  private String note(Region used, Region where) {
    return used.equals(where) ? Regions.note(session.atlas().wording(), region, where) : "";
  }

  private void listQuestions(CheckIn checkIn) {
    if (session.json()) {
      session.printJson(AtlasJson.checkIn(checkIn));
      return;
    }
    Printer printer = session.printer();
    boolean first = true;
    for (Question question : checkIn.questions()) {
      if (!first) {
        printer.blank();
      }
      first = false;
      printer.line(printer.style().accent(question.id()) + "  " + printer.style().dim(question.section().slug()
          + (question.multiple() ? ", one or more" : "")));
      printer.wrapped(question.prompt(), 2);
      Table table = Table.styled(printer.style()::accent);
      for (Choice choice : question.choices()) {
        table.row(choice.id(), choice.label());
      }
      printer.table(table, 4);
    }
  }

  /**
   * The console when both ends are a terminal. Up to JDK 21 a console exists only then; from JDK 22
   * it always exists and {@code isTerminal()} tells (asked by reflection, as Java 17 has no such method).
   */
  private static Optional<Console> terminal() {
    Console console = System.console();
    if (console == null || Runtime.version().feature() < 22) {
      return Optional.ofNullable(console);
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console) ? Optional.of(console) : Optional.empty();
    } catch (ReflectiveOperationException olderJdk) {
      return Optional.of(console);
    }
  }
}
