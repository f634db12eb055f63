package org.trustatlas.core.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.trustatlas.core.dynamics.Events.*;
import static org.trustatlas.core.dynamics.ScenarioBuilder.scenario;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad scenarios and events never exist: each is rejected with the field and the value named. */
class ScenarioValidationTest {

  @Test
  void rejectsNegativeSteps() {
    assertThatIllegalArgumentException().isThrownBy(() -> scenario("bad").steps(-3).build())
        .withMessage("scenario 'bad' steps -3 must be between 1 and 10000");
  }

  @Test
  void rejectsZeroSteps() {
    assertThatIllegalArgumentException().isThrownBy(() -> scenario("bad").steps(0).build())
        .withMessageContaining("steps 0");
  }

  @Test
  void rejectsMoreThanTenThousandSteps() {
    scenario("longest").steps(Scenario.MAX_STEPS).build();
    assertThatIllegalArgumentException().isThrownBy(() -> scenario("bad").steps(10_001).build())
        .withMessageContaining("steps 10001 must be between 1 and 10000");
  }

  @Test
  void rejectsAnEventAfterTheLastStep() {
    assertThatIllegalArgumentException().isThrownBy(() -> scenario("bad").steps(52).at(53, act(0.5)).build())
        .withMessage("scenario 'bad' has a trustworthy act (size 0.5) at week 53, after its last step 52; its events "
            + "need steps of at least 53");
  }

  /** "discovered-affair-denied" with steps 10 named week 11, not the smallest steps that would run it. */
  @Test
  void anEventAfterTheLastStepNamesTheSmallestStepsThatRunEveryEvent() {
    assertThatIllegalArgumentException().isThrownBy(() -> scenario("bad").steps(10).at(11, act(0.5)).at(30, act(0.2))
        .build()).withMessageEndingWith("; its events need steps of at least 30");
  }

  @Test
  void rejectsShorteningAScenarioBelowItsEvents() {
    Scenario scenario = ScenarioFixtures.disclosedAffairSincereApology();
    assertThatIllegalArgumentException().isThrownBy(() -> scenario.withSteps(20)).withMessageContaining("week 21");
  }

  @Test
  void rejectsAnEventInWeekZeroWhichIsTheStartingState() {
    assertThatIllegalArgumentException().isThrownBy(() -> new TimedEvent(0, act(0.5)))
        .withMessage("event week (at) 0 must be 1 or more");
  }

  @Test
  void rejectsRepetitionsThatRunBackwardsOrPastTheLongestScenario() {
    assertThatIllegalArgumentException().isThrownBy(() -> TimedEvent.repeated(10, 1, 5, act(0.5)))
        .withMessage("event repetition until 5 must not be before at 10");
    assertThatIllegalArgumentException().isThrownBy(() -> TimedEvent.repeated(1, 1, 2_000_000_000, act(0.5)))
        .withMessageContaining("until 2000000000 is after the last week any scenario has, 10000");
    assertThatIllegalArgumentException().isThrownBy(() -> TimedEvent.repeated(1, 0, 5, act(0.5)))
        .withMessage("event repetition (every) 0 must be 1 or more");
    assertThat(TimedEvent.repeated(3, 4, 13, act(0.5))).extracting(TimedEvent::at).containsExactly(3, 7, 11);
  }

  @Test
  void rejectsAResponseBeforeAnyViolation() {
    assertThatIllegalArgumentException().isThrownBy(() -> scenario("bad").at(3, apology()).build())
        .withMessage("scenario 'bad' has an apology at week 3 before any violation it could answer");
    assertThatIllegalArgumentException().isThrownBy(() -> scenario("bad").at(3, Event.forgive()).build())
        .withMessageContaining("the hurt partner forgives at week 3");
    scenario("denial-first").at(3, denial()).at(5, competence(0.2)).build();
  }

  @Test
  void rejectsSizesOutsideTheirRange() {
    assertThatIllegalArgumentException().isThrownBy(() -> competence(0))
        .withMessage("violation severity 0.0 must be greater than 0 and at most 1");
    assertThatIllegalArgumentException().isThrownBy(() -> competence(1.5)).withMessageContaining("severity 1.5");
    assertThatIllegalArgumentException().isThrownBy(() -> act(Double.NaN)).withMessageContaining("magnitude NaN");
    assertThatIllegalArgumentException().isThrownBy(() -> acute(-0.1)).withMessageContaining("intensity -0.1");
  }

  @Test
  void rejectsAnAcuteStressorThatLasts() {
    assertThatIllegalArgumentException().isThrownBy(() -> new Event.Stressor(StressorKind.ACUTE, 0.5, 4))
        .withMessageContaining("stressor weeks 4 must be 1 for an acute stressor");
    assertThatIllegalArgumentException().isThrownBy(() -> therapy(0)).withMessage("support weeks 0 must be 1 or more");
  }

  @Test
  void rejectsBadIdsTitlesAndStates() {
    assertThatIllegalArgumentException().isThrownBy(() -> scenario("Not A Slug").build())
        .withMessageContaining("scenario id 'Not A Slug' must be lower-kebab-case");
    assertThatIllegalArgumentException().isThrownBy(() -> scenario("ok").titled(" ", "").build())
        .withMessage("scenario 'ok' title must not be blank");
    assertThatIllegalArgumentException().isThrownBy(() -> new TrustState(0.5, 0.5, 1.2, 0, 0, 0, 0))
        .withMessage("faith 1.2 must be between 0 and 1");
    assertThatThrownBy(() -> new Scenario("ok", "t", "", 5, 0, null, false, List.of()))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("initial state");
  }

  @Test
  void keepsEventsInWeekOrderAndSameWeekEventsInTheOrderGiven() {
    Scenario scenario = scenario("order").at(12, act(0.5)).at(10, competence(0.3)).at(10, apology()).build();
    List<Integer> weeks = scenario.events().stream().map(TimedEvent::at).toList();
    assertThat(weeks).containsExactly(10, 10, 12);
    assertThat(scenario.events().get(1).event()).isEqualTo(apology());
  }
}
