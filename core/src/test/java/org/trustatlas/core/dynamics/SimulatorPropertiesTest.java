package org.trustatlas.core.dynamics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Properties over many random scenarios and parameter sets, reproducible from fixed seeds. */
class SimulatorPropertiesTest {

  private static final int SCENARIOS = 500;

  @Test
  void everyValueStaysBetweenZeroAndOneAndIsNeverNaN() {
    RandomScenarios random = new RandomScenarios(1);
    for (int i = 0; i < SCENARIOS; i++) {
      Scenario scenario = random.next();
      Trajectory trajectory = Simulator.with(random.parameters()).run(scenario).trajectory();
      for (int t = 0; t <= scenario.steps(); t++) {
        // TrustState's constructor rejects values outside [0, 1], and NaN with them.
        TrustState state = trajectory.state(t);
        assertThat(state.forgiveness()).isBetween(0.0, 1.0);
        assertThat(trajectory.trust(t)).as("trust in week %d of run %d", t, i).isBetween(0.0, 1.0);
      }
    }
  }

  @Test
  void equalSeedsGiveEqualRunsAndOtherSeedsOtherFluctuations() {
    RandomScenarios random = new RandomScenarios(2);
    for (int i = 0; i < SCENARIOS / 5; i++) {
      Scenario scenario = random.next();
      Simulator simulator = Simulator.with(random.parameters().with("noise", 0.05));
      Trajectory first = simulator.run(scenario).trajectory();
      Trajectory second = simulator.run(scenario).trajectory();
      Trajectory reseeded = simulator.run(scenario.withSeed(scenario.seed() + 1)).trajectory();
      assertThat(second.points()).isEqualTo(first.points());
      assertThat(reseeded.points()).isNotEqualTo(first.points());
    }
  }

  @Test
  void moreSeverityNeverGivesASmallerDrop() {
    RandomScenarios random = new RandomScenarios(3);
    for (int i = 0; i < SCENARIOS; i++) {
      Scenario scenario = random.next();
      Simulator simulator = Simulator.with(random.parameters());
      int week = 1 + (int) Math.floorMod(scenario.seed(), (long) scenario.steps());
      Event.Violation base = (Event.Violation) random.violation();
      double milder = dropAt(simulator, scenario, week, base.severity() / 2, base);
      double harsher = dropAt(simulator, scenario, week, base.severity(), base);
      assertThat(harsher).as("run %d, week %d", i, week).isGreaterThanOrEqualTo(milder - 1e-12);
    }
  }

  @Test
  void laterEventsNeverChangeEarlierWeeks() {
    RandomScenarios random = new RandomScenarios(4);
    for (int i = 0; i < SCENARIOS / 5; i++) {
      Scenario scenario = random.next();
      int week = 1 + (int) Math.floorMod(scenario.seed(), (long) scenario.steps());
      List<TimedEvent> earlier = scenario.events().stream().filter(e -> e.at() < week).toList();
      Simulator simulator = Simulator.withDefaults();
      Trajectory all = simulator.run(scenario).trajectory();
      Trajectory cut = simulator.run(with(scenario, earlier)).trajectory();
      assertThat(cut.points().subList(0, week)).isEqualTo(all.points().subList(0, week));
    }
  }

  /** How much trust falls in {@code week} when a violation of the given severity is all that happens then. */
  private static double dropAt(Simulator simulator, Scenario scenario, int week, double severity,
      Event.Violation shape) {
    List<TimedEvent> events = new ArrayList<>(scenario.events().stream().filter(e -> e.at() != week).toList());
    events.add(new TimedEvent(week,
        new Event.Violation(shape.kind(), severity, shape.deceptive(), shape.disclosure())));
    Trajectory trajectory = simulator.run(with(scenario, events)).trajectory();
    return trajectory.trust(week - 1) - trajectory.trust(week);
  }

  private static Scenario with(Scenario scenario, List<TimedEvent> events) {
    return new Scenario(scenario.id(), scenario.title(), scenario.description(), scenario.steps(), scenario.seed(),
        scenario.initial(), scenario.partnerHarm(), events);
  }
}
