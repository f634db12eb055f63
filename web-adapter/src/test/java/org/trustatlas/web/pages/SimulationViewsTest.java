package org.trustatlas.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.core.dynamics.Scenario;
import org.trustatlas.web.pages.Views.SimulationView;

/** The words and table that stand beside the chart. */
class SimulationViewsTest {

  @Test
  void repeatedEventsAreSaidAsStretches() {
    assertThat(SimulationViews.when(List.of(10))).isEqualTo("Week 10");
    assertThat(SimulationViews.when(List.of(8, 11))).isEqualTo("Weeks 8, 11");
    assertThat(SimulationViews.when(List.of(13, 14, 15, 16))).isEqualTo("Weeks 13 to 16, every week");
    assertThat(SimulationViews.when(List.of(12, 14, 16, 18))).isEqualTo("Weeks 12 to 18, every 2 weeks");
    assertThat(SimulationViews.when(List.of(10, 11, 12, 28, 29, 30))).isEqualTo("Weeks 10 to 12, 28 to 30, every week");
    assertThat(SimulationViews.when(List.of(10, 11, 12, 20, 30, 40, 41)))
        .isEqualTo("Weeks 10 to 12 every week, 20 to 40 every 10 weeks, 41");
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
