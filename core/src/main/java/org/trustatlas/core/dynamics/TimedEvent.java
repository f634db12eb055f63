package org.trustatlas.core.dynamics;

import org.trustatlas.core.internal.Require;
import java.util.ArrayList;
import java.util.List;

/**
 * An event in a given week of a scenario.
 *
 * @param at the week, from 1 to the scenario's steps; week 0 is the starting state
 */
public record TimedEvent(int at, Event event) {

  public TimedEvent {
    Require.atLeastOne(at, "event week (at)");
    Require.present(event, "event");
  }

  /**
   * The same event every {@code every} weeks from week {@code from} up to and including week {@code
   * until}, as packs write a routine ("a trustworthy act each week from week 13 to 52").
   */
  public static List<TimedEvent> repeated(int from, int every, int until, Event event) {
    Require.atLeastOne(every, "event repetition (every)");
    if (until < from) {
      throw new IllegalArgumentException("event repetition until " + until + " must not be before at " + from);
    }
    if (until > Scenario.MAX_STEPS) {
      throw new IllegalArgumentException(
          "event repetition until " + until + " is after the last week any scenario has, " + Scenario.MAX_STEPS);
    }
    List<TimedEvent> events = new ArrayList<>((until - from) / every + 1);
    for (int week = from; week <= until; week += every) {
      events.add(new TimedEvent(week, event));
    }
    return List.copyOf(events);
  }
}
