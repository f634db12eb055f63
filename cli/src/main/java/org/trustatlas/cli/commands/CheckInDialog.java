package org.trustatlas.cli.commands;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.trustatlas.cli.output.Style;
import org.trustatlas.cli.output.Wrap;
import org.trustatlas.core.checkin.CheckIn;
import org.trustatlas.core.checkin.CheckInStep;
import org.trustatlas.core.checkin.Choice;
import org.trustatlas.core.checkin.Question;
import org.trustatlas.core.checkin.Section;
import org.trustatlas.core.safety.Region;

/**
 * Asks the check-in's questions one by one on a terminal: numbered choices, Enter alone for "not
 * sure", {@code q} to stop. Core decides what comes next, so a danger answer ends the dialog at
 * once. What the reader types is held only in the steps core returns; nothing is written anywhere
 * but the prompts to {@code out}.
 */
final class CheckInDialog {

  /** What typing {@code q} (or closing the input) means. */
  static final String QUIT = "q";

  private final BufferedReader in;
  private final PrintWriter out;
  private final Style style;
  private final int width;

  CheckInDialog(BufferedReader in, PrintWriter out, Style style, int width) {
    this.in = in;
    this.out = out;
    this.style = style;
    this.width = width;
  }

  /** The step the check-in ends in, or empty when the reader stopped it. */
  Optional<CheckInStep> run(CheckIn checkIn, Region region) {
    wrapped(style.bold("Check-in") + ": up to " + checkIn.questions().size() + " short questions. First whether "
        + "anyone else can see your answers, then your safety.", 0);
    wrapped("Private: your answers stay in this program's memory while it runs; nothing is saved or sent.", 0);
    wrapped("Type the number of your answer and press Enter. Enter alone means \"not sure\"; q stops.", 0);
    CheckInStep step = checkIn.start(region);
    Section section = null;
    while (step instanceof CheckInStep.Ask ask) {
      Question question = ask.question();
      if (question.section() != section) {
        section = question.section();
        out.println();
        out.println(style.bold(heading(section)));
      }
      Optional<List<String>> answer = ask(ask);
      if (answer.isEmpty()) {
        return Optional.empty();
      }
      step = answer.get().isEmpty() ? ask.skip() : ask.answer(answer.get());
    }
    out.println();
    out.flush();
    return Optional.of(step);
  }

  private static String heading(Section section) {
    return switch (section) {
      case SETTING -> "Before we start";
      case SAFETY -> "Your safety";
      case SITUATION -> "What is happening";
    };
  }

  /** The chosen ids (empty for "not sure"), or empty when the reader stops. Asks again until it reads. */
  private Optional<List<String>> ask(CheckInStep.Ask ask) {
    Question question = ask.question();
    out.println();
    wrapped(style.dim(ask.number() + "/" + ask.of()) + " " + question.prompt(), 0);
    question.help().ifPresent(help -> wrapped(style.dim(help), 2));
    List<Choice> choices = question.choices();
    for (int i = 0; i < choices.size(); i++) {
      out.println(String.format(Locale.ROOT, "  %" + String.valueOf(choices.size()).length() + "d  %s", i + 1,
          choices.get(i).label()));
    }
    String hint = question.multiple() ? "one or more numbers, such as 1 3" : "a number from 1 to " + choices.size();
    while (true) {
      out.print(question.multiple() ? "(any that apply) > " : "> ");
      out.flush();
      String line = readLine();
      if (line == null || line.strip().equalsIgnoreCase(QUIT)) {
        return Optional.empty();
      }
      Optional<List<String>> chosen = parse(line, choices);
      if (chosen.isEmpty()) {
        out.println("Please type " + hint + ", Enter alone for not sure, or q to stop.");
        continue;
      }
      try {
        if (!chosen.get().isEmpty()) {
          question.choose(chosen.get());
        }
        return chosen;
      } catch (IllegalArgumentException refused) {
        // Core's words, such as: 'not-sure' cannot be combined with other choices.
        out.println(refused.getMessage() + ". Please answer again.");
      }
    }
  }

  /** "1 3" or "1,3" to choice ids; empty list for a blank line; empty for anything else. */
  static Optional<List<String>> parse(String line, List<Choice> choices) {
    String trimmed = line.strip();
    if (trimmed.isEmpty()) {
      return Optional.of(List.of());
    }
    Set<String> ids = new LinkedHashSet<>();
    for (String part : trimmed.split("[\\s,]+")) {
      int number;
      try {
        number = Integer.parseInt(part);
      } catch (NumberFormatException notANumber) {
        return Optional.empty();
      }
      if (number < 1 || number > choices.size()) {
        return Optional.empty();
      }
      ids.add(choices.get(number - 1).id());
    }
    return Optional.of(new ArrayList<>(ids));
  }

  private String readLine() {
    try {
      return in.readLine();
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }

  private void wrapped(String text, int indent) {
    Wrap.indented(text, indent, width).forEach(out::println);
  }
}
