package org.trustatlas.core.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trustatlas.core.dynamics.Events.*;
import static org.trustatlas.core.dynamics.Runs.simulate;
import static org.trustatlas.core.dynamics.ScenarioBuilder.scenario;

import org.junit.jupiter.api.Test;

/**
 * Where a partner causes harm, the harming partner's apologies, promises and kind acts are the cycle of
 * abuse, not repair: trust is never shown coming back, and what is charted for the person harmed is their
 * safety and distrust. Issue 11 found a run like {@link #APOLOGY_AND_KINDNESS} back to baseline by week 18
 * and at 70% in week 52; that was the honeymoon phase shown as repair, and these tests hold it changed.
 */
class PartnerHarmDynamicsTest {

  /** Severe harm in week 6, then an apology and a promise, then kindness every week for the rest of the year. */
  private static final Scenario APOLOGY_AND_KINDNESS = scenario("harm-then-kindness").steps(52).partnerHarm()
      .at(6, integrity(0.9, Disclosure.DISCLOSED, false)).at(7, apology()).at(7, promise())
      .every(8, 1, 52, act(0.5)).build();

  private static final Simulation RUN = simulate(APOLOGY_AND_KINDNESS);

  @Test
  void abusiveApologiesPromisesAndKindnessNeverBringTrustBackToBaseline() {
    Trajectory trajectory = RUN.trajectory();
    for (int t = 6; t <= 52; t++) {
      assertThat(trajectory.trust(t)).as("week %d", t).isLessThan(trajectory.trust(0) - 0.1);
      assertThat(trajectory.trust(t)).as("week %d", t).isLessThanOrEqualTo(trajectory.trust(6) + 1e-12);
    }
    assertThat(RUN.summary().recovered()).isFalse();
    assertThat(RUN.trajectory().events()).noneMatch(e -> e.event().type() == EventType.POSITIVE_ACT
        || e.event().type() == EventType.RESPONSE);
  }

  @Test
  void everyApologyPromiseAndKindActIsRefusedAsTheCycleOfAbuse() {
    assertThat(RUN.refusals()).hasSize(2 + 45).allSatisfy(refusal -> {
      assertThat(refusal.source()).isEqualTo("walker-1979");
      assertThat(refusal.reason()).contains("repeating cycle").contains("not counted as repair");
    });
    assertThat(RUN.summary().description()).containsOnlyOnce("repeating cycle").contains("Weeks 7 to 52");
    assertThat(RUN.notice()).startsWith(Simulation.NOTICE).contains("cycle of abuse").contains("not trust recovering");
  }

  @Test
  void safetyFallsWithEachHarmAndNothingThePartnerDoesBetweenHarmsRaisesIt() {
    Simulation three = simulate(ScenarioFixtures.partnerHarmForgivenessRefused());
    Trajectory trajectory = three.trajectory();
    assertThat(trajectory.safety(5)).isEqualTo(1.0);
    assertThat(trajectory.safety(6)).isLessThan(1.0);
    assertThat(trajectory.safety(18)).isLessThan(trajectory.safety(17));
    assertThat(trajectory.safety(30)).isLessThan(trajectory.safety(29));
    for (int t = 1; t <= trajectory.steps(); t++) {
      assertThat(trajectory.safety(t)).as("week %d", t).isLessThanOrEqualTo(trajectory.safety(t - 1));
      assertThat(trajectory.state(t).distrust()).as("week %d", t)
          .isGreaterThanOrEqualTo(trajectory.state(t - 1).distrust() - 1e-12);
    }
    assertThat(three.charted()).isEqualTo(Measure.SAFETY);
    assertThat(three.summary().description()).startsWith("Safety starts at 100%.").contains("Each harm lowers it")
        .contains("does not fade");
  }

  @Test
  void withoutHarmSafetyStaysWholeAndTheChartFollowsTrust() {
    Simulation affair = simulate(ScenarioFixtures.disclosedAffairSincereApology());
    assertThat(affair.charted()).isEqualTo(Measure.TRUST);
    assertThat(affair.notice()).isEqualTo(Simulation.NOTICE);
    for (int t = 0; t <= affair.trajectory().steps(); t++) {
      assertThat(affair.trajectory().safety(t)).isEqualTo(1.0);
      assertThat(affair.trajectory().value(Measure.TRUST, t)).isEqualTo(affair.trajectory().trust(t));
    }
  }
}
