package org.trustatlas.core.checkin;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.trustatlas.core.model.ConceptId;
import org.trustatlas.core.internal.Require;
import org.trustatlas.core.internal.Suggestions;

/**
 * One check-in question, written for this project. Every question offers "not sure", so no one is
 * pushed into an answer; only a safety question may stop the check-in, and only a setting question
 * may say that others can see the answers.
 *
 * @param alone asked only to a reader on their own; every safety question is, whatever this says
 */
public record Question(String id, Section section, String prompt, Optional<String> help, boolean multiple,
    boolean alone, List<Choice> choices) {

  public Question {
    id = Objects.requireNonNull(id, "question id must not be null").strip();
    if (!ConceptId.isValid(id)) {
      throw new IllegalArgumentException("question id '" + id + "' must be lower-kebab-case");
    }
    Objects.requireNonNull(section, "question '" + id + "' needs a section");
    prompt = Objects.requireNonNull(prompt, "question '" + id + "' prompt must not be null").strip();
    Objects.requireNonNull(help, "question '" + id + "' help must not be null; use Optional.empty()");
    choices = List.copyOf(choices);
    check(id, section, prompt, choices);
  }

  private static void check(String id, Section section, String prompt, List<Choice> choices) {
    if (prompt.isEmpty() || choices.size() < 2) {
      throw new IllegalArgumentException("question '" + id + "' needs a prompt and at least two choices");
    }
    Set<String> ids = new HashSet<>();
    for (Choice choice : choices) {
      if (!ids.add(choice.id())) {
        throw new IllegalArgumentException("question '" + id + "' offers choice '" + choice.id() + "' twice");
      }
      if (choice.stop() && section != Section.SAFETY) {
        throw new IllegalArgumentException("choice '" + choice.id() + "' of question '" + id
            + "' stops the check-in, but only safety questions may");
      }
      if (choice.shared() && section != Section.SETTING) {
        throw new IllegalArgumentException("choice '" + choice.id() + "' of question '" + id
            + "' says others can see the answers, but only setting questions may");
      }
    }
    if (!ids.contains(Choice.NOT_SURE)) {
      throw new IllegalArgumentException("question '" + id + "' must offer a '" + Choice.NOT_SURE + "' choice");
    }
  }

  public static Question of(String id, Section section, String prompt, Choice... choices) {
    return new Question(id, section, prompt, Optional.empty(), false, false, List.of(choices));
  }

  /** The same question, allowing several choices at once. */
  public Question allowingSeveral() {
    return new Question(id, section, prompt, help, true, alone, choices);
  }

  public Question withHelp(String text) {
    return new Question(id, section, prompt, Optional.of(text), multiple, alone, choices);
  }

  /** The same question, asked only to a reader on their own. */
  public Question onlyAlone() {
    return new Question(id, section, prompt, help, multiple, true, choices);
  }

  /** Whether it is asked only when no one else can see the answers: every safety question is. */
  public boolean asksAlone() {
    return alone || section == Section.SAFETY;
  }

  /** The chosen answers, or an error naming the bad choice, the nearest and the valid ones. */
  public List<Choice> choose(List<String> ids) {
    if (ids.isEmpty() || (!multiple && ids.size() > 1)) {
      throw new IllegalArgumentException("question '" + id + "' takes " + (multiple ? "one or more choices" : "one choice")
          + ", not " + ids.size());
    }
    List<Choice> chosen = new ArrayList<>();
    for (String wanted : ids) {
      chosen.add(choices.stream().filter(c -> c.id().equals(wanted)).findFirst().orElseThrow(() -> unknown(wanted)));
    }
    if (chosen.size() > 1 && chosen.stream().anyMatch(Choice::notSure)) {
      throw new IllegalArgumentException("question '" + id + "': '" + Choice.NOT_SURE + "' cannot be combined with other choices");
    }
    return List.copyOf(chosen);
  }

  private IllegalArgumentException unknown(String wanted) {
    List<String> valid = choices.stream().map(Choice::id).toList();
    return new IllegalArgumentException("question '" + id + "' has no choice " + Require.quoted(wanted)
        + Suggestions.hint(String.valueOf(wanted), valid) + "; valid: " + String.join(", ", valid));
  }
}
