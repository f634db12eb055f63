package org.trustatlas.core.checkin;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.trustatlas.core.model.Suggestions;
import org.trustatlas.core.repair.RepairPlanner;
import org.trustatlas.core.safety.Region;

/**
 * A short, private reflection: 10 to 20 questions, safety questions first. Each answer moves to the
 * next question, or ends at once with resources when it signals danger; the last one ends in a plan.
 * Nothing is stored or logged: the answers live in the immutable steps the caller holds.
 */
public final class CheckIn {

  public static final int MIN_QUESTIONS = 10;
  public static final int MAX_QUESTIONS = 20;

  private final List<Question> questions;
  private final RepairPlanner planner;

  private CheckIn(List<Question> questions, RepairPlanner planner) {
    this.questions = questions;
    this.planner = planner;
  }

  public static CheckIn of(List<Question> questions, RepairPlanner planner) {
    Objects.requireNonNull(planner, "planner must not be null");
    List<Question> copy = List.copyOf(questions);
    if (copy.size() < MIN_QUESTIONS || copy.size() > MAX_QUESTIONS) {
      throw new IllegalArgumentException("a check-in has " + MIN_QUESTIONS + " to " + MAX_QUESTIONS
          + " questions, not " + copy.size());
    }
    Set<String> ids = new HashSet<>();
    boolean pastSafety = false;
    for (Question question : copy) {
      if (!ids.add(question.id())) {
        throw new IllegalArgumentException("question id '" + question.id() + "' is used twice");
      }
      if (question.section() == Section.SAFETY && pastSafety) {
        throw new IllegalArgumentException("safety question '" + question.id() + "' comes after other questions; "
            + "safety questions come first");
      }
      pastSafety = question.section() != Section.SAFETY;
    }
    if (copy.get(0).section() != Section.SAFETY) {
      throw new IllegalArgumentException("a check-in starts with at least one safety question");
    }
    return new CheckIn(copy, planner);
  }

  public List<Question> questions() {
    return questions;
  }

  /** The first question; {@code region} is where resources come from until a question says otherwise. */
  public CheckInStep start(Region region) {
    return new CheckInStep.Ask(this, Answers.none(region), 0);
  }

  /**
   * Runs a whole check-in from scripted answers (question id to choice ids); unanswered questions
   * count as "not sure". Fails, naming the bad value, on an unknown question or choice.
   */
  public CheckInStep run(Map<String, List<String>> answers, Region region) {
    List<String> valid = questions.stream().map(Question::id).toList();
    for (String id : answers.keySet()) {
      if (!valid.contains(id)) {
        throw new IllegalArgumentException("unknown question '" + id + "'" + Suggestions.hint(String.valueOf(id), valid)
            + "; valid: " + String.join(", ", valid));
      }
    }
    CheckInStep step = start(region);
    while (step instanceof CheckInStep.Ask ask) {
      List<String> chosen = answers.get(ask.question().id());
      step = chosen == null ? ask.skip() : ask.answer(chosen);
    }
    return step;
  }

  CheckInStep answered(Answers before, int index, List<Choice> chosen) {
    Answers after = before.with(chosen);
    if (chosen.stream().anyMatch(Choice::stop)) {
      return new CheckInStep.StopHere(after.safety(), planner.safetyFirst(after.safety(), after.challenges()));
    }
    if (index + 1 < questions.size()) {
      return new CheckInStep.Ask(this, after, index + 1);
    }
    if (!after.namesAChallenge()) {
      return new CheckInStep.NothingNamed(after.safety(), planner.safetyFirst(after.safety(), List.of()));
    }
    return new CheckInStep.Planned(after.situation(), planner.plan(after.situation()));
  }
}
