package org.trustatlas.core.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.trustatlas.core.safety.Region;

/** Answers never leak through toString, where a careless log line would write them down. */
class PrivacyTest {

  @Test
  void aStepInProgressShowsWhereItIsNotWhatWasAnswered() {
    CheckInStep.Ask start = (CheckInStep.Ask) CheckInFixture.checkIn().start(Region.of("GB"));
    CheckInStep.Ask ask = (CheckInStep.Ask) ((CheckInStep.Ask) ((CheckInStep.Ask) start.answer("alone")).answer("gb"))
        .answer("no");
    CheckInStep later = ((CheckInStep.Ask) ((CheckInStep.Ask) ((CheckInStep.Ask) ask.answer("no"))
        .answer("yes")).answer("yes"));
    assertThat(later.toString()).isEqualTo("Ask[partner-controls, 7 of 12]");
    assertThat(later.toString()).doesNotContain("yes", "fear", "abuse");
  }

  @Test
  void accumulatedAnswersAreNeverShown() {
    assertThat(Answers.none(Region.of("GB")).toString()).isEqualTo("Answers[not shown]");
  }
}
