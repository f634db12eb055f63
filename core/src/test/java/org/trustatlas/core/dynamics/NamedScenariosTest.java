package org.trustatlas.core.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled scenarios run, say what they show in words, and always carry the notice. */
class NamedScenariosTest {

  @Test
  void thereAreAtLeastEightWithDistinctIds() {
    List<Scenario> scenarios = ScenarioFixtures.all();
    assertThat(scenarios).hasSizeGreaterThanOrEqualTo(8);
    assertThat(scenarios).extracting(Scenario::id).doesNotHaveDuplicates();
  }

  @Test
  void everyResultCarriesTheNoticeAndAPlainDescription() {
    for (Scenario scenario : ScenarioFixtures.all()) {
      Simulation simulation = Runs.simulate(scenario);
      assertThat(simulation.notice()).startsWith(Simulation.NOTICE).contains("not a prediction");
      assertThat(simulation.trajectory().notice()).isEqualTo(Simulation.NOTICE);
      assertThat(simulation.summary().notice()).isEqualTo(Simulation.NOTICE);
      // Where a partner harms, the paragraph follows the safety of the person harmed, not trust.
      assertThat(simulation.summary().description())
          .startsWith(scenario.partnerHarm() ? "Safety starts at " : "Trust starts at ").contains("In week ");
      assertThat(simulation.trajectory().points()).hasSize(scenario.steps() + 1);
    }
  }

  @Test
  void aSummaryFindsTheLowestPointAndWhenTrustCameBack() {
    Summary summary = Runs.simulate(ScenarioFixtures.disclosedAffairSincereApology()).summary();
    assertThat(summary.minimumAt()).isEqualTo(10);
    assertThat(summary.minimum()).isLessThan(summary.baseline());
    assertThat(summary.recovered()).isTrue();
    assertThat(summary.recoveredAt()).isPresent();
    assertThat(summary.description())
        .contains("in week 10, after a disclosed integrity violation (severity 0.8) that week")
        .contains("back near where it started by week " + summary.recoveredAt().getAsInt());
  }

  @Test
  void aSummaryOfDeceptionSaysTrustDoesNotComeBack() {
    Summary summary = Runs.simulate(ScenarioFixtures.discoveredAffairDenied()).summary();
    assertThat(summary.recovered()).isFalse();
    assertThat(summary.recoveredAt()).isEmpty();
    assertThat(summary.finalTrust()).isLessThan(summary.baseline());
    assertThat(summary.description()).contains("does not get back").contains("deception does not fully recover");
  }

  @Test
  void steadyBuildingNeverFalls() {
    Summary summary = Runs.simulate(ScenarioFixtures.steadyTrustBuilding()).summary();
    assertThat(summary.recovered()).isTrue();
    assertThat(summary.minimumAt()).isZero();
    assertThat(summary.finalTrust()).isGreaterThan(summary.baseline());
    assertThat(summary.description()).contains("never falls").doesNotContain("sharpest fall");
    assertThat(Runs.simulate(ScenarioFixtures.earlyBreach()).summary().description())
        .contains("sharpest fall is in week 6, after a disclosed integrity violation (severity 0.5) that week");
  }

  @Test
  void partnerHarmRefusesForgivingCouplesTherapyAndTheHarmingPartnersApologiesAndKindness() {
    Simulation simulation = Runs.simulate(ScenarioFixtures.partnerHarmForgivenessRefused());
    assertThat(simulation.refusals()).filteredOn(r -> !r.source().equals("walker-1979")).extracting(Refusal::at)
        .containsExactly(19, 22);
    assertThat(simulation.refusals()).filteredOn(r -> !r.source().equals("walker-1979"))
        .extracting(Refusal::source).containsExactly("mcnulty-2011", "stith-2011");
    assertThat(simulation.refusals()).filteredOn(r -> r.source().equals("walker-1979")).extracting(Refusal::at)
        .contains(7, 8, 19, 31, 52);
    assertThat(simulation.trajectory().events()).allMatch(e -> e.event().type() == EventType.VIOLATION);
    assertThat(simulation.summary().description()).contains("safety comes before repair");
  }

  @Test
  void eachPointListsTheEventsAppliedThatWeek() {
    Trajectory trajectory = Runs.run(ScenarioFixtures.disclosedAffairSincereApology());
    assertThat(trajectory.point(12).events()).containsExactly(Events.repair(), Events.promise());
    assertThat(trajectory.point(13).events()).containsExactly(Events.act(0.5));
    assertThat(trajectory.point(0).events()).isEmpty();
    assertThat(trajectory.point(12).trust()).isEqualTo(trajectory.trust(12));
    assertThatThrownBy(() -> trajectory.point(105)).isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("week 105 is outside 0..104");
  }
}
