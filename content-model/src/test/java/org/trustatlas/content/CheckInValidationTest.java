package org.trustatlas.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustatlas.content.input.PackProblem;

/** One broken {@code checkin.yaml} per kind of problem, each asserting where it is reported and what it says. */
class CheckInValidationTest {

  @TempDir Path temp;

  private PackFixture pack() {
    return PackFixture.minimal(temp).withGuidance();
  }

  @Test
  void aCheckInAnswerNamingAnUnknownChallengeIsReportedWithTheNearestId() {
    PackFixture pack = pack().replace("checkin.yaml", "challenges: [infidelity]", "challenges: [infidelty]");
    assertThat(pack.problems()).containsExactly(new PackProblem("checkin.yaml", 19, 55,
        "/questions/2/choices/0/challenges/0", "unknown challenge 'infidelty'; did you mean 'infidelity'?"));
  }

  @Test
  void anUnknownFlagInAnAnswerIsReportedAtItsKey() {
    PackFixture pack = pack().replace("checkin.yaml", "flags: {fear-of-partner: \"yes\"}",
        "flags: {fear-of-partnr: \"yes\"}");
    assertThat(pack.problems()).singleElement().satisfies(p -> {
      assertThat(p.pointer()).isEqualTo("/questions/1/choices/0/flags/fear-of-partnr");
      assertThat(p.message()).endsWith("; did you mean 'fear-of-partner'?");
    });
  }

  @Test
  void tooFewQuestionsAreReportedAtTheList() {
    PackFixture pack = pack().replace("checkin.yaml", "  - {id: q10, section: situation, prompt: Ten?,"
        + " choices: [{id: a, label: A}, {id: not-sure, label: Not sure}]}\n", "");
    assertThat(pack.problems()).containsExactly(new PackProblem("checkin.yaml", 1, 1, "/questions",
        "a check-in has 10 to 20 questions, not 9"));
  }

  @Test
  void aStopOutsideTheSafetyQuestionsIsReportedAtItsQuestion() {
    PackFixture pack = pack().replace("checkin.yaml", "{id: affair, label: \"An affair\", challenges: [infidelity]}",
        "{id: affair, label: \"An affair\", challenges: [infidelity], flags: {ongoing-abuse: \"yes\"}, stop: true}");
    assertThat(pack.problems()).containsExactly(new PackProblem("checkin.yaml", 14, 5, "/questions/2",
        "choice 'affair' of question 'what-happened' stops the check-in, but only safety questions may"));
  }
}
