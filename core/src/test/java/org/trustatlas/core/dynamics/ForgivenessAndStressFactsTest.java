package org.trustatlas.core.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trustatlas.core.dynamics.Events.*;
import static org.trustatlas.core.dynamics.Runs.*;
import static org.trustatlas.core.dynamics.ScenarioBuilder.scenario;

import org.junit.jupiter.api.Test;

/** SF9–SF12 of research/domain.md §8: forgiveness over time, partner harm, and stress from outside. */
class ForgivenessAndStressFactsTest {

  private static final DynamicsParameters DEFAULTS = DynamicsParameters.defaults();
  private static final int RUNS = 200;

  @Test
  void sf9AvoidanceAndRevengeFadeAndBenevolenceReturnsOnAverageWithFluctuation() {
    DynamicsParameters noisy = DEFAULTS.with("noise", 0.02);
    int weeks = 60;
    double[] avoidance = new double[weeks + 1];
    double[] benevolence = new double[weeks + 1];
    double[] atWeek30 = new double[RUNS];
    for (int seed = 0; seed < RUNS; seed++) {
      Trajectory trajectory = run(noisy, scenario("hurt").steps(weeks).seed(seed)
          .at(5, integrity(0.7, Disclosure.DISCLOSED, false)).build());
      for (int t = 0; t <= weeks; t++) {
        avoidance[t] += trajectory.state(t).avoidance() / RUNS;
        benevolence[t] += trajectory.state(t).benevolence() / RUNS;
      }
      atWeek30[seed] = trajectory.state(30).avoidance();
    }
    for (int t = 9; t <= weeks; t += 4) {
      assertThat(avoidance[t]).isLessThan(avoidance[t - 4]);
      assertThat(benevolence[t]).isGreaterThan(benevolence[t - 4]);
    }
    assertThat(variance(atWeek30)).isPositive();
  }

  @Test
  void sf10EmpathyAndApologySpeedForgivenessIntentAndAngerSlowIt() {
    Event violation = competence(0.7);
    assertThat(forgivenessAfter(DEFAULTS.with("empathy", 0.8), violation, false))
        .isGreaterThan(forgivenessAfter(DEFAULTS.with("empathy", 0.2), violation, false));
    assertThat(forgivenessAfter(DEFAULTS, violation, true)).isGreaterThan(forgivenessAfter(DEFAULTS, violation, false));
    Event intended = new Event.Violation(ViolationType.INTEGRITY, 0.7, false, Disclosure.DISCLOSED);
    assertThat(forgivenessAfter(DEFAULTS, intended, false)).isLessThan(forgivenessAfter(DEFAULTS, violation, false));
    assertThat(forgivenessAfter(DEFAULTS.with("angerDrag", 1), violation, false))
        .isLessThan(forgivenessAfter(DEFAULTS.with("angerDrag", 0), violation, false));
    assertThat(DynamicsParameters.names()).noneMatch(name -> name.contains("gender") || name.contains("age"));
  }

  @Test
  void sf11ForgivingIsRefusedUnderPartnerHarmAndDoesNotReduceLaterHarm() {
    Scenario harm = ScenarioFixtures.partnerHarmForgivenessRefused();
    Simulation simulation = simulate(harm);
    assertThat(simulation.refusals()).anySatisfy(refusal -> {
      assertThat(refusal.event()).isInstanceOf(Event.Forgive.class);
      assertThat(refusal.at()).isEqualTo(19);
      assertThat(refusal.source()).isEqualTo("mcnulty-2011");
      assertThat(refusal.reason()).contains("never required");
    });
    assertThat(simulation.trajectory().events()).noneMatch(e -> e.event() instanceof Event.Forgive);
    Scenario withoutForgiving = new Scenario(harm.id(), harm.title(), harm.description(), harm.steps(), harm.seed(),
        harm.initial(), true, harm.events().stream().filter(e -> !(e.event() instanceof Event.Forgive)).toList());
    Trajectory unforgiving = run(withoutForgiving);
    for (int t = 19; t <= harm.steps(); t++) {
      assertThat(simulation.trajectory().state(t)).isEqualTo(unforgiving.state(t));
    }
    assertThat(simulation.trajectory().events()).anyMatch(e -> e.at() == 30 && e.event() instanceof Event.Violation);
    assertThat(simulation.summary().description()).contains("Week 19: Forgiving is not applied as repair");
    // The harming partner's apologies, promises and kindness are refused too, as the cycle of abuse.
    assertThat(simulation.refusals()).filteredOn(r -> r.source().equals("walker-1979")).isNotEmpty();
  }

  @Test
  void sf11ForgivingWhereNoPartnerHarmsIsTheHurtPartnersChoiceAndEasesMotivations() {
    ScenarioBuilder hurt = scenario("forgiving").at(10, integrity(0.6, Disclosure.DISCLOSED, false));
    Simulation forgiven = simulate(hurt.at(12, Event.forgive()).build());
    assertThat(forgiven.refusals()).isEmpty();
    double unforgiven = run(scenario("not-forgiving").at(10, integrity(0.6, Disclosure.DISCLOSED, false)).build())
        .state(12).forgiveness();
    assertThat(forgiven.trajectory().state(12).forgiveness()).isGreaterThan(unforgiven);
  }

  @Test
  void sf12AStressorBringsAShortDropThenARebound() {
    DynamicsParameters noisy = DEFAULTS.with("noise", 0.02);
    int dropsAfterStress = 0;
    int dropsInQuietWeeks = 0;
    int risesAfterStress = 0;
    int risesInQuietWeeks = 0;
    for (int seed = 0; seed < RUNS; seed++) {
      Trajectory trajectory = run(noisy, scenario("stressed").steps(30).seed(seed).at(20, acute(0.6)).build());
      dropsAfterStress += change(trajectory, 20) < 0 ? 1 : 0;
      risesAfterStress += change(trajectory, 21) > 0 ? 1 : 0;
      dropsInQuietWeeks += change(trajectory, 10) < 0 ? 1 : 0;
      risesInQuietWeeks += change(trajectory, 11) > 0 ? 1 : 0;
    }
    assertThat(odds(dropsAfterStress)).isGreaterThan(2 * odds(dropsInQuietWeeks));
    assertThat(odds(risesAfterStress)).isGreaterThan(odds(risesInQuietWeeks));
  }

  @Test
  void sf12ChronicStressWearsTrustAndDampensTheActsOfCareTherapyHelpsCope() {
    Trajectory calm = run(caring("calm").build());
    Trajectory strained = run(caring("strained").at(10, chronic(0.8, 40)).build());
    Trajectory coping = run(caring("coping").at(10, chronic(0.8, 40)).at(10, therapy(40)).build());
    assertThat(strained.trust(40)).isLessThan(calm.trust(40));
    assertThat(coping.trust(40)).isGreaterThan(strained.trust(40));
    // Each act of care, standing in for shared time and intimacy, counts for less under strain.
    assertThat(gainOfOneAct(false)).isPositive().isGreaterThan(gainOfOneAct(true));
  }

  /**
   * Self-care's modelled effect (Khoury et al. 2015: mindfulness-based stress reduction lowers stress in
   * healthy adults): it softens what acute and chronic stress take from trust, and does nothing else. It
   * repairs no breach, and without stress a run with it is the run without it.
   */
  @Test
  void selfCareSoftensWhatStressTakesAndChangesNothingElse() {
    Trajectory stressed = run(scenario("stressed").steps(30).at(20, acute(0.8)).build());
    Trajectory caredFor = run(scenario("cared-for").steps(30).at(10, selfCare(20)).at(20, acute(0.8)).build());
    assertThat(caredFor.trust(20)).isGreaterThan(stressed.trust(20));
    assertThat(caredFor.trust(19)).isEqualTo(stressed.trust(19));
    Trajectory strained = run(caring("strained").at(10, chronic(0.8, 40)).build());
    Trajectory strainedCaredFor = run(caring("strained-cared-for").at(10, chronic(0.8, 40)).at(10, selfCare(40)).build());
    assertThat(strainedCaredFor.trust(40)).isGreaterThan(strained.trust(40));
    Trajectory breach = run(scenario("breach").at(10, integrity(0.6, Disclosure.DISCLOSED, false))
        .every(11, 1, 52, act(0.5)).build());
    Trajectory breachCaredFor = run(scenario("breach-cared-for").at(10, integrity(0.6, Disclosure.DISCLOSED, false))
        .every(11, 1, 52, act(0.5)).at(11, selfCare(40)).build());
    for (int t = 0; t <= 52; t++) {
      assertThat(breachCaredFor.state(t)).isEqualTo(breach.state(t));
    }
  }

  /** What one act in week 2 adds, against the same weeks without it. */
  private static double gainOfOneAct(boolean strained) {
    ScenarioBuilder without = scenario("no-act").start(TrustState.NEW_RELATIONSHIP).steps(2);
    ScenarioBuilder with = scenario("one-act").start(TrustState.NEW_RELATIONSHIP).steps(2).at(2, act(0.5));
    if (strained) {
      without.at(1, chronic(0.8, 2));
      with.at(1, chronic(0.8, 2));
    }
    return run(with.build()).trust(2) - run(without.build()).trust(2);
  }

  private static ScenarioBuilder caring(String id) {
    return scenario(id).every(1, 1, 52, act(0.4));
  }

  /** Forgiveness ten weeks after a violation in week 10, with or without an apology in week 11. */
  private static double forgivenessAfter(DynamicsParameters parameters, Event violation, boolean apology) {
    ScenarioBuilder builder = scenario("forgiveness").steps(20).at(10, violation);
    return run(parameters, (apology ? builder.at(11, apology()) : builder).build()).state(20).forgiveness();
  }

  private static double change(Trajectory trajectory, int t) {
    return trajectory.trust(t) - trajectory.trust(t - 1);
  }

  private static double odds(int hits) {
    return (hits + 0.5) / (RUNS - hits + 0.5);
  }

  private static double variance(double[] values) {
    double mean = 0;
    for (double value : values) {
      mean += value / values.length;
    }
    double sum = 0;
    for (double value : values) {
      sum += (value - mean) * (value - mean);
    }
    return sum / values.length;
  }
}
