package org.trustatlas.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.content.read.EventRuns;
import org.trustatlas.core.dynamics.Scenario;
import org.trustatlas.core.dynamics.Simulation;
import org.trustatlas.core.dynamics.TrustState;
import org.trustatlas.web.pages.Views.EventLine;
import org.trustatlas.web.pages.Views.SimulationView;

/** The words and table that stand beside the chart. */
class SimulationViewsTest {

  @Test
  void eachEventIsOneLineWithItsWeeksThenEachReasonForRefusingRepairIsOneLine() {
    TrustAtlas atlas = TrustAtlas.bundled();
    Simulation simulation = atlas.simulate(atlas.scenario("partner-harm-forgiveness-refused").orElseThrow());
    EventRuns runs = EventRuns.of(simulation);
    List<EventLine> lines = SimulationViews.events(runs);

    assertThat(lines).hasSize(runs.events().size() + runs.refusals().size());
    assertThat(lines.get(0)).isEqualTo(new EventLine("Weeks 6, 18, 30", runs.events().get(0).event().describe()));
    List<EventLine> refused = lines.subList(runs.events().size(), lines.size());
    assertThat(refused).extracting(EventLine::when).containsExactly("Weeks 7–52", "Week 19", "Week 22");
    assertThat(refused.get(0).what()).isEqualTo("an apology, a promise to change, a trustworthy act (size 0.5)"
        + " (not applied; the summary says why)");
  }

  @Test
  void aRunWithoutEventsHasNoEventLines() {
    TrustAtlas atlas = TrustAtlas.bundled();
    Scenario quiet = new Scenario("quiet", "Quiet", "", 5, 0, TrustState.ESTABLISHED, false, List.of());
    assertThat(SimulationViews.of(atlas.simulate(quiet)).events()).isEmpty();
  }

  @Test
  void theTableListsEveryWeekOfAShortRunAndSamplesALongOne() {
    TrustAtlas atlas = TrustAtlas.bundled();
    Scenario scenario = atlas.scenarios().get(0);
    SimulationView shortRun = SimulationViews.of(atlas.simulate(scenario));
    assertThat(shortRun.rows()).hasSize(scenario.steps() + 1);
    assertThat(shortRun.rowsNote()).isEqualTo("Every week.");
    SimulationView longRun = SimulationViews.of(atlas.simulate(scenario.withSteps(10_000)));
    assertThat(longRun.rows().size()).isLessThanOrEqualTo(SimulationViews.MAX_ROWS);
    assertThat(longRun.rows().get(longRun.rows().size() - 1).week()).isEqualTo(10_000);
    assertThat(longRun.rowsNote()).startsWith("Every ").endsWith("weeks, and the last week.");
  }
}
