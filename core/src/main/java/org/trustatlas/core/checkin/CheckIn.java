package org.trustatlas.core.checkin;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.trustatlas.core.internal.Require;
import org.trustatlas.core.internal.Suggestions;
import org.trustatlas.core.repair.RepairPlanner;
import org.trustatlas.core.safety.Region;

/**
 * A short, private reflection: 10 to 20 questions. First how the reader is reading (whether anyone
 * else can see the answers, and where they live), then safety, then what is happening. Each answer
 * moves to the next question, or ends at once with resources when it signals danger; the last one
 * ends in a plan. When someone else can see the answers, questions for a reader on their own are
 * skipped, so nothing a reader discloses is shown to the person beside them. Nothing is stored or
 * logged: the answers live in the immutable steps the caller holds.
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
    Section previous = Section.SETTING;
    for (Question question : copy) {
      if (!ids.add(question.id())) {
        throw new IllegalArgumentException("question id '" + question.id() + "' is used twice");
      }
      if (question.section().compareTo(previous) < 0) {
        throw new IllegalArgumentException(question.section().slug() + " question '" + question.id()
            + "' comes after a " + previous.slug() + " question; the order is setting, then safety, then situation");
      }
      previous = question.section();
    }
    if (copy.stream().noneMatch(q -> q.section() == Section.SAFETY)) {
      throw new IllegalArgumentException("a check-in asks at least one safety question");
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
   * The questions still to ask once the setting questions have these answers (question id to choice
   * ids): the safety and situation questions, without those for a reader alone when the answers say
   * someone else can see them. For a front end that asks the setting questions on a page of their own.
   */
  public List<Question> afterSetting(Map<String, List<String>> settingAnswers) {
    boolean shared = setting(settingAnswers, Region.INTERNATIONAL).shared();
    return questions.stream().filter(q -> q.section() != Section.SETTING && !(shared && q.asksAlone())).toList();
  }

  /**
   * Runs a whole check-in from scripted answers (question id to choice ids); unanswered questions
   * count as "not sure". Fails, naming the bad value, on an unknown question or choice.
   */
  public CheckInStep run(Map<String, List<String>> answers, Region region) {
    List<String> valid = questions.stream().map(Question::id).toList();
    for (String id : answers.keySet()) {
      if (!valid.contains(id)) {
        throw new IllegalArgumentException("unknown question " + Require.quoted(id) + Suggestions.hint(String.valueOf(id), valid)
            + "; valid: " + String.join(", ", valid));
      }
    }
    Optional<CheckInStep> stop = stopAnsweredAnyway(answers, region);
    if (stop.isPresent()) {
      return stop.get();
    }
    CheckInStep step = start(region);
    while (step instanceof CheckInStep.Ask ask) {
      List<String> chosen = answers.get(ask.question().id());
      step = chosen == null ? ask.skip() : ask.answer(chosen);
    }
    return step;
  }

  // A danger answer to a question that is skipped because others can see the answers still ends the
  // check-in at once in resources: safety comes before privacy. Any other such answer is set aside.
  private Optional<CheckInStep> stopAnsweredAnyway(Map<String, List<String>> answers, Region region) {
    Answers setting = setting(answers, region);
    if (!setting.shared()) {
      return Optional.empty();
    }
    for (Question question : questions) {
      List<String> given = answers.get(question.id());
      if (given != null && question.asksAlone()) {
        List<Choice> chosen = question.choose(given);
        if (chosen.stream().anyMatch(Choice::stop)) {
          return Optional.of(stopHere(setting.with(chosen)));
        }
      }
    }
    return Optional.empty();
  }

  private Answers setting(Map<String, List<String>> answers, Region region) {
    Answers setting = Answers.none(region);
    for (Question question : questions) {
      List<String> given = answers.get(question.id());
      if (question.section() == Section.SETTING && given != null) {
        setting = setting.with(question.choose(given));
      }
    }
    return setting;
  }

  private CheckInStep stopHere(Answers after) {
    return new CheckInStep.StopHere(after.safety(), planner.safetyFirst(after.safety(), after.challenges()));
  }

  CheckInStep answered(Answers before, int index, List<Choice> chosen) {
    Answers after = before.with(chosen);
    if (chosen.stream().anyMatch(Choice::stop)) {
      return stopHere(after);
    }
    int next = index + 1;
    while (next < questions.size() && after.shared() && questions.get(next).asksAlone()) {
      next++;
    }
    if (next < questions.size()) {
      return new CheckInStep.Ask(this, after, next);
    }
    if (!after.namesAChallenge()) {
      return new CheckInStep.NothingNamed(after.safety(), planner.safetyFirst(after.safety(), List.of()));
    }
    return new CheckInStep.Planned(after.situation(), planner.plan(after.situation()));
  }
}
