package org.trustatlas.core.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trustatlas.core.dynamics.Events.*;
import static org.trustatlas.core.dynamics.Runs.*;
import static org.trustatlas.core.dynamics.ScenarioBuilder.scenario;

import org.junit.jupiter.api.Test;

/** SF1–SF8 of research/domain.md §8: how violations, repair and timing move trust. */
class TrustRepairFactsTest {

  private static final TrustState MIDDLE = new TrustState(0.5, 0.5, 0.5, 0.05, 0.05, 0.02, 0.85);
  private static final DynamicsParameters DEFAULTS = DynamicsParameters.defaults();

  @Test
  void sf1AViolationLowersTrustMoreThanAnEquallySizedActRaisesIt() {
    double gain = change(DEFAULTS, act(0.5));
    double loss = -change(DEFAULTS, competence(0.5));
    assertThat(gain).isPositive();
    assertThat(loss).isGreaterThan(gain);
    double lossWithoutAsymmetry = -change(DEFAULTS.with("asymmetry", 1), competence(0.5));
    assertThat(lossWithoutAsymmetry).isLessThan(loss);
  }

  @Test
  void sf2ConsistentActsBuildTrustStepByStepAndFeedbackSpeedsIt() {
    Scenario steady = ScenarioFixtures.steadyTrustBuilding();
    Trajectory withFeedback = run(steady);
    int fastest = 1;
    for (int t = 1; t <= steady.steps(); t++) {
      assertThat(withFeedback.trust(t)).isGreaterThan(withFeedback.trust(t - 1));
      if (gain(withFeedback, t) > gain(withFeedback, fastest)) {
        fastest = t;
      }
    }
    // Predictability forms before faith, so growth speeds up for a few weeks, then slows toward the ceiling.
    assertThat(fastest).isLessThan(26);
    for (int t = fastest + 1; t <= steady.steps(); t++) {
      assertThat(gain(withFeedback, t)).isLessThanOrEqualTo(gain(withFeedback, t - 1));
    }
    Trajectory withoutFeedback = run(DEFAULTS.with("mutualGrowth", 0), steady);
    assertThat(withFeedback.firstAtOrAbove(0.8, 0)).isPresent();
    assertThat(withFeedback.firstAtOrAbove(0.8, 0).getAsInt())
        .isLessThan(withoutFeedback.firstAtOrAbove(0.8, 0).orElse(Integer.MAX_VALUE));
  }

  @Test
  void sf3TrustworthyActsBringTrustBackAfterAPlainViolation() {
    Trajectory trajectory = run(afterViolation(integrity(0.6, Disclosure.DISCLOSED, false)).build());
    assertThat(trajectory.trust(520)).isGreaterThanOrEqualTo(trajectory.trust(0) - 0.01);
    assertThat(simulate(afterViolation(integrity(0.6, Disclosure.DISCLOSED, false)).build()).summary().recovered())
        .isTrue();
  }

  @Test
  void sf4DeceptionLeavesTrustBelowBaselineEvenAfterRepair() {
    Scenario deceived = afterViolation(integrity(0.6, Disclosure.DISCLOSED, true))
        .at(11, apology()).at(11, promise()).at(12, repair()).build();
    Simulation simulation = simulate(deceived);
    Trajectory trajectory = simulation.trajectory();
    assertThat(trajectory.trust(520)).isLessThan(trajectory.trust(0) - 0.05);
    assertThat(trajectory.trust(520) - trajectory.trust(400)).isLessThan(0.001);
    assertThat(simulation.summary().recovered()).isFalse();
  }

  @Test
  void sf5APromiseSpeedsRecoveryLessSoAfterDeception() {
    double honestWithout = halfRecoveryWeeks(run(repairAfter(false, false)), 10);
    double honestWith = halfRecoveryWeeks(run(repairAfter(false, true)), 10);
    double deceivedWithout = halfRecoveryWeeks(run(repairAfter(true, false)), 10);
    double deceivedWith = halfRecoveryWeeks(run(repairAfter(true, true)), 10);
    assertThat(honestWith).isLessThan(honestWithout);
    assertThat(deceivedWith).isLessThan(deceivedWithout);
    // Relative: recovery after deception is slower to begin with, so weeks saved are not comparable.
    assertThat(deceivedWith / deceivedWithout).isGreaterThan(honestWith / honestWithout);
  }

  @Test
  void sf6ApologyBeatsDenialAndDenialThenDiscoveryIsWorst() {
    assertThat(afterResponse(competence(0.5), apology())).isGreaterThan(afterResponse(competence(0.5), denial()));
    Event discovered = integrity(0.7, Disclosure.DISCOVERED, false);
    double apologised = afterResponse(discovered, apology());
    double denied = afterResponse(discovered, denial());
    double deniedThenDiscovered = run(scenario("denied-first").at(9, denial()).at(10, discovered).build()).trust(15);
    assertThat(apologised).isGreaterThan(denied);
    assertThat(denied).isGreaterThan(deniedThenDiscovered);
  }

  @Test
  void sf7AnEarlyBreachDoesLastingDamageALateOneMostlyRecoversButLeavesAResidue() {
    Trajectory early = run(ScenarioFixtures.earlyBreach());
    Trajectory late = run(ScenarioFixtures.lateBreach());
    Trajectory none = run(ScenarioFixtures.steadyTrustBuilding());
    assertThat(early.trust(104)).isLessThan(late.trust(104));
    double earlyDrop = early.trust(5) - early.trust(6);
    double lateDrop = late.trust(69) - late.trust(70);
    assertThat(none.trust(104) - early.trust(104)).isGreaterThan(earlyDrop);
    assertThat(none.trust(104) - late.trust(104)).isPositive().isLessThan(lateDrop);
  }

  @Test
  void sf8BiggerViolationsDropFurtherAndRecoverSlower() {
    double previousDrop = 0;
    double previousWeeks = 0;
    for (int tenths = 1; tenths <= 10; tenths++) {
      Trajectory trajectory = run(afterViolation(integrity(tenths / 10.0, Disclosure.DISCLOSED, false)).build());
      double drop = trajectory.trust(9) - trajectory.trust(10);
      double weeks = weeksToBaseline(trajectory, 10);
      assertThat(drop).isGreaterThan(previousDrop);
      assertThat(weeks).isGreaterThanOrEqualTo(previousWeeks);
      previousDrop = drop;
      previousWeeks = weeks;
    }
    assertThat(previousWeeks).isGreaterThan(weeksToBaseline(
        run(afterViolation(integrity(0.2, Disclosure.DISCLOSED, false)).build()), 10));
  }

  /** A violation in week 10 of an established couple, then a trustworthy act every week for ten years. */
  private static ScenarioBuilder afterViolation(Event violation) {
    return scenario("after-violation").steps(520).at(10, violation).every(11, 1, 520, act(0.5));
  }

  // Two years: with affair recovery on the clinical timescale, half the way back after deception takes most of one.
  private static Scenario repairAfter(boolean deceptive, boolean promise) {
    ScenarioBuilder builder = scenario("repair").steps(104).at(10, integrity(0.6, Disclosure.DISCLOSED, deceptive))
        .at(11, apology()).every(12, 1, 104, act(0.5));
    return (promise ? builder.at(11, promise()) : builder).build();
  }

  /** Trust four weeks after a response given the week after the violation. */
  private static double afterResponse(Event violation, Event response) {
    return run(scenario("response").at(10, violation).at(11, response).build()).trust(15);
  }

  private static double change(DynamicsParameters parameters, Event event) {
    Trajectory trajectory = run(parameters, scenario("one-event").steps(1).start(MIDDLE).at(1, event).build());
    return trajectory.trust(1) - trajectory.trust(0);
  }

  private static double gain(Trajectory trajectory, int t) {
    return trajectory.trust(t) - trajectory.trust(t - 1);
  }
}
