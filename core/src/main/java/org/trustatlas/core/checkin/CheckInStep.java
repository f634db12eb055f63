package org.trustatlas.core.checkin;

import java.util.List;
import java.util.Objects;
import org.trustatlas.core.repair.RepairPlan;
import org.trustatlas.core.repair.Situation;
import org.trustatlas.core.safety.SafetyBlock;
import org.trustatlas.core.safety.SafetyContext;

/** Where a check-in stands: a question to ask, or one of three endings. */
public sealed interface CheckInStep {

  /** The next question. Answer it, or skip it (the same as "not sure"). */
  final class Ask implements CheckInStep {
    private final CheckIn checkIn;
    private final Answers answers;
    private final int index;

    Ask(CheckIn checkIn, Answers answers, int index) {
      this.checkIn = checkIn;
      this.answers = answers;
      this.index = index;
    }

    public Question question() {
      return checkIn.questions().get(index);
    }

    /**
     * The question's position, from 1, and how many there are, for "3 of 11"; questions skipped
     * because others can see the answers count in neither.
     */
    public int number() {
      return asked(checkIn.questions().subList(0, index)) + 1;
    }

    public int of() {
      return asked(checkIn.questions());
    }

    private int asked(List<Question> questions) {
      return (int) questions.stream().filter(q -> !(answers.shared() && q.asksAlone())).count();
    }

    public CheckInStep answer(String... choiceIds) {
      return answer(List.of(choiceIds));
    }

    public CheckInStep answer(List<String> choiceIds) {
      return checkIn.answered(answers, index, question().choose(choiceIds));
    }

    public CheckInStep skip() {
      return answer(Choice.NOT_SURE);
    }

    @Override
    public String toString() {
      return "Ask[" + question().id() + ", " + number() + " of " + of() + "]";
    }
  }

  /**
   * Stop here: an answer signalled danger. Show the safety block (emergency number first, then
   * services) and nothing else.
   */
  record StopHere(SafetyContext safety, SafetyBlock resources) implements CheckInStep {
    public static final String MESSAGE = "Your safety comes first. Please reach out to one of these services now; "
        + "the rest of the check-in can wait.";

    public StopHere {
      Objects.requireNonNull(safety, "safety must not be null");
      Objects.requireNonNull(resources, "resources must not be null");
    }
  }

  /** The answers named at least one challenge: the situation they describe and its plan. */
  record Planned(Situation situation, RepairPlan plan) implements CheckInStep {
    public Planned {
      Objects.requireNonNull(situation, "situation must not be null");
      Objects.requireNonNull(plan, "plan must not be null");
    }
  }

  /** The answers named no challenge; the safety block still says where to find support. */
  record NothingNamed(SafetyContext safety, SafetyBlock resources) implements CheckInStep {
    public NothingNamed {
      Objects.requireNonNull(safety, "safety must not be null");
      Objects.requireNonNull(resources, "resources must not be null");
    }
  }
}
