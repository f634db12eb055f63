package org.trustatlas.content.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.content.read.SimulationChart.Key;
import org.trustatlas.content.read.SimulationChart.Mark;
import org.trustatlas.content.read.SimulationChart.MarkKind;
import org.trustatlas.core.dynamics.Disclosure;
import org.trustatlas.core.dynamics.Event;
import org.trustatlas.core.dynamics.EventType;
import org.trustatlas.core.dynamics.ResponseKind;
import org.trustatlas.core.dynamics.Scenario;
import org.trustatlas.core.dynamics.Simulation;
import org.trustatlas.core.dynamics.StressorKind;
import org.trustatlas.core.dynamics.SupportKind;
import org.trustatlas.core.dynamics.TimedEvent;
import org.trustatlas.core.dynamics.TrustState;
import org.trustatlas.core.dynamics.ViolationType;

/** The chart of a run: its series, a typed mark per event and refusal, and its axes. */
class SimulationChartTest {

  private static final TrustAtlas ATLAS = TrustAtlas.bundled();
  private static final Event BREACH = new Event.Violation(ViolationType.INTEGRITY, 0.8, true, Disclosure.DISCOVERED);

  private static Simulation run(boolean partnerHarm, int steps, List<TimedEvent> events) {
    return ATLAS.simulate(new Scenario("chart", "Chart", "", steps, 1, TrustState.ESTABLISHED, partnerHarm, events));
  }

  @Test
  void aBetrayalIsChartedByTrustItsDimensionsAndDistrustWeekByWeek() {
    Simulation simulation = run(false, 30, List.of(new TimedEvent(5, BREACH)));
    SimulationChart chart = SimulationChart.of(simulation);

    assertThat(chart.series()).extracting(SimulationChart.Series::key)
        .containsExactly(Key.TRUST, Key.PREDICTABILITY, Key.DEPENDABILITY, Key.FAITH, Key.DISTRUST);
    assertThat(chart.lead().label()).isEqualTo("trust");
    for (int t = 0; t <= 30; t++) {
      assertThat(chart.lead().value(t)).isEqualTo(simulation.trajectory().trust(t));
      assertThat(chart.series(Key.FAITH).orElseThrow().value(t)).isEqualTo(simulation.trajectory().state(t).faith());
      assertThat(chart.series(Key.DISTRUST).orElseThrow().values()[t])
          .isEqualTo(simulation.trajectory().state(t).distrust());
    }
    assertThat(chart.extent()).isEqualTo(new SimulationChart.Extent(0, 30, 0, 1));
  }

  @Test
  void partnerHarmIsChartedBySafetyAndDistrustOnly() {
    Simulation simulation = run(true, 20, List.of(new TimedEvent(5, BREACH)));
    SimulationChart chart = SimulationChart.of(simulation);

    assertThat(chart.series()).extracting(SimulationChart.Series::key).containsExactly(Key.SAFETY, Key.DISTRUST);
    assertThat(chart.series(Key.TRUST)).isEmpty();
    assertThat(chart.lead().value(20)).isEqualTo(simulation.trajectory().safety(20)).isLessThan(1);
  }

  @Test
  void everyEventTypeGetsAMarkOfItsOwnKindAtItsWeekLastingAsLongAsTheEvent() {
    Simulation simulation = run(false, 60, List.of(
        new TimedEvent(3, Event.positiveAct(0.4)),
        new TimedEvent(5, BREACH),
        new TimedEvent(6, Event.response(ResponseKind.APOLOGY)),
        new TimedEvent(8, new Event.Stressor(StressorKind.CHRONIC, 0.5, 12)),
        new TimedEvent(9, new Event.Support(SupportKind.THERAPY, 10)),
        new TimedEvent(20, Event.forgive())));
    SimulationChart chart = SimulationChart.of(simulation);

    assertThat(chart.marks()).containsExactly(
        new Mark(MarkKind.POSITIVE_ACT, 3, 1),
        new Mark(MarkKind.VIOLATION, 5, 1),
        new Mark(MarkKind.RESPONSE, 6, 1),
        new Mark(MarkKind.STRESSOR, 8, 12),
        new Mark(MarkKind.SUPPORT, 9, 10),
        new Mark(MarkKind.FORGIVE, 20, 1));
    for (EventType type : EventType.values()) {
      assertThat(MarkKind.of(type).name()).isEqualTo(type.name());
    }
  }

  @Test
  void eachRefusalIsANotAppliedMarkInItsWeek() {
    Simulation simulation = run(true, 20, List.of(new TimedEvent(2, BREACH), new TimedEvent(4, Event.forgive()),
        new TimedEvent(7, new Event.Support(SupportKind.THERAPY, 6))));
    SimulationChart chart = SimulationChart.of(simulation);

    assertThat(simulation.refusals()).hasSize(2);
    assertThat(chart.marks()).containsExactly(new Mark(MarkKind.VIOLATION, 2, 1), new Mark(MarkKind.NOT_APPLIED, 4, 1),
        new Mark(MarkKind.NOT_APPLIED, 7, 1));
    assertThat(chart.marksByKind()).containsOnlyKeys(MarkKind.VIOLATION, MarkKind.NOT_APPLIED);
    assertThat(new ArrayList<>(chart.marksByKind().keySet())).containsExactly(MarkKind.VIOLATION,
        MarkKind.NOT_APPLIED);
  }

  @Test
  void aOneWeekRunHasTwoPointsPerSeriesAndItsEventMarked() {
    Simulation simulation = run(false, 1, List.of(new TimedEvent(1, BREACH)));
    SimulationChart chart = SimulationChart.of(simulation);

    assertThat(chart.extent().lastWeek()).isEqualTo(1);
    assertThat(chart.series()).allSatisfy(series -> assertThat(series.values()).hasSize(2));
    assertThat(chart.lead().value(1)).isLessThan(chart.lead().value(0));
    assertThat(chart.marks()).containsExactly(new Mark(MarkKind.VIOLATION, 1, 1));
    assertThatThrownBy(() -> chart.lead().value(2)).isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("week 2 is outside 0..1");
  }

  @Test
  void everyBundledScenarioMarksEachEventAndRefusalOnceWithinItsWeeks() {
    for (Scenario scenario : ATLAS.scenarios()) {
      Simulation simulation = ATLAS.simulate(scenario);
      SimulationChart chart = SimulationChart.of(simulation);
      assertThat(chart.marks()).as(scenario.id())
          .hasSize(simulation.trajectory().events().size() + simulation.refusals().size())
          .allSatisfy(mark -> assertThat(mark.week()).isBetween(1, scenario.steps()));
      assertThat(chart.lead().key()).as(scenario.id()).isEqualTo(Key.of(simulation.charted()));
    }
  }
}
