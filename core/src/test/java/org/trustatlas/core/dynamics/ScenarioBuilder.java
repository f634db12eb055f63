package org.trustatlas.core.dynamics;

import java.util.ArrayList;
import java.util.List;

/** Test data builder: {@code scenario("x").steps(52).at(10, apology()).every(12, 1, 52, act(0.5)).build()}. */
final class ScenarioBuilder {

  private final String id;
  private String title;
  private String description = "";
  private int steps = 52;
  private long seed;
  private TrustState start = TrustState.ESTABLISHED;
  private boolean partnerHarm;
  private final List<TimedEvent> events = new ArrayList<>();

  private ScenarioBuilder(String id) {
    this.id = id;
    this.title = id;
  }

  static ScenarioBuilder scenario(String id) {
    return new ScenarioBuilder(id);
  }

  ScenarioBuilder titled(String newTitle, String newDescription) {
    title = newTitle;
    description = newDescription;
    return this;
  }

  ScenarioBuilder steps(int weeks) {
    steps = weeks;
    return this;
  }

  ScenarioBuilder seed(long value) {
    seed = value;
    return this;
  }

  ScenarioBuilder start(TrustState state) {
    start = state;
    return this;
  }

  ScenarioBuilder partnerHarm() {
    partnerHarm = true;
    return this;
  }

  ScenarioBuilder at(int week, Event event) {
    events.add(new TimedEvent(week, event));
    return this;
  }

  ScenarioBuilder every(int from, int every, int until, Event event) {
    events.addAll(TimedEvent.repeated(from, every, until, event));
    return this;
  }

  Scenario build() {
    return new Scenario(id, title, description, steps, seed, start, partnerHarm, events);
  }
}
