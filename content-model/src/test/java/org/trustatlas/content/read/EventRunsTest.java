package org.trustatlas.content.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.core.dynamics.Disclosure;
import org.trustatlas.core.dynamics.Event;
import org.trustatlas.core.dynamics.ResponseKind;
import org.trustatlas.core.dynamics.Scenario;
import org.trustatlas.core.dynamics.Simulation;
import org.trustatlas.core.dynamics.TimedEvent;
import org.trustatlas.core.dynamics.TrustState;
import org.trustatlas.core.dynamics.ViolationType;

/** A run's events said once per event, and its refusals once per reason, in order of first appearance. */
class EventRunsTest {

  private static final TrustAtlas ATLAS = TrustAtlas.bundled();
  private static final Event BREACH = new Event.Violation(ViolationType.INTEGRITY, 0.8, true, Disclosure.DISCOVERED);
  private static final Event CARE = Event.positiveAct(0.5);

  private static Simulation run(boolean partnerHarm, List<TimedEvent> events) {
    return ATLAS.simulate(new Scenario("runs", "Runs", "", 60, 1, TrustState.ESTABLISHED, partnerHarm, events));
  }

  @Test
  void eachDistinctEventIsOneRunWithItsWeeksInOrderOfFirstAppearance() {
    List<TimedEvent> events = new java.util.ArrayList<>();
    events.add(new TimedEvent(10, BREACH));
    events.add(new TimedEvent(11, Event.response(ResponseKind.APOLOGY)));
    events.addAll(TimedEvent.repeated(13, 1, 52, CARE));
    events.add(new TimedEvent(30, BREACH));
    EventRuns runs = EventRuns.of(run(false, events));

    assertThat(runs.events()).extracting(EventRuns.Happened::event)
        .containsExactly(BREACH, Event.response(ResponseKind.APOLOGY), CARE);
    assertThat(runs.events()).extracting(run -> run.weeks().phrase())
        .containsExactly("weeks 10, 30", "week 11", "weeks 13–52");
    assertThat(runs.refusals()).isEmpty();
  }

  @Test
  void refusalsForOneReasonAreOneRunNamingEachRefusedEventOnce() {
    List<TimedEvent> events = new java.util.ArrayList<>();
    events.add(new TimedEvent(6, BREACH));
    events.add(new TimedEvent(7, Event.response(ResponseKind.APOLOGY)));
    events.addAll(TimedEvent.repeated(8, 4, 20, CARE));
    events.add(new TimedEvent(9, Event.forgive()));
    events.add(new TimedEvent(24, Event.response(ResponseKind.APOLOGY)));
    Simulation simulation = run(true, events);
    EventRuns runs = EventRuns.of(simulation);

    assertThat(runs.events()).extracting(EventRuns.Happened::event).containsExactly(BREACH);
    assertThat(runs.refusals()).hasSize(2);
    EventRuns.NotApplied cycle = runs.refusals().get(0);
    assertThat(cycle.source()).isEqualTo("walker-1979");
    assertThat(cycle.events()).containsExactly(Event.response(ResponseKind.APOLOGY), CARE);
    assertThat(cycle.weeks().phrase()).isEqualTo("weeks 7, 8–24 every 4");
    EventRuns.NotApplied forgiving = runs.refusals().get(1);
    assertThat(forgiving.source()).isEqualTo("mcnulty-2011");
    assertThat(forgiving.events()).containsExactly(Event.forgive());
    assertThat(forgiving.weeks()).isEqualTo(new Weeks.One(9));
    assertThat(simulation.refusals()).allSatisfy(refusal -> assertThat(runs.refusals())
        .anySatisfy(run -> assertThat(run.reason()).isEqualTo(refusal.reason())));
  }

  @Test
  void aRunWithoutEventsHasNoRuns() {
    EventRuns runs = EventRuns.of(run(false, List.of()));
    assertThat(runs.isEmpty()).isTrue();
    assertThat(runs.events()).isEmpty();
  }

  @Test
  void everyBundledScenarioAccountsForEachEventAndRefusalOnce() {
    for (Scenario scenario : ATLAS.scenarios()) {
      Simulation simulation = ATLAS.simulate(scenario);
      EventRuns runs = EventRuns.of(simulation);
      assertThat(runs.events().stream().mapToInt(run -> run.weeks().all().size()).sum()).as(scenario.id())
          .isEqualTo(simulation.trajectory().events().stream().map(t -> t.event().toString() + '@' + t.at())
              .distinct().count());
      assertThat(runs.refusals().stream().flatMap(run -> run.weeks().all().stream()).distinct().sorted().toList())
          .as(scenario.id())
          .isEqualTo(simulation.refusals().stream().map(r -> r.at()).distinct().sorted().toList());
    }
  }
}
