package org.trustatlas.content.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.trustatlas.core.dynamics.Event;
import org.trustatlas.core.dynamics.Refusal;
import org.trustatlas.core.dynamics.Simulation;
import org.trustatlas.core.dynamics.TimedEvent;

/**
 * What happens in a run, said once per kind of thing: each distinct event with the weeks it happens
 * in, then the events not applied as repair, one run per reason (so a reason is said once, however
 * many events it covers). Both in order of first appearance.
 */
public record EventRuns(List<Happened> events, List<NotApplied> refusals) {

  public EventRuns {
    events = List.copyOf(events);
    refusals = List.copyOf(refusals);
  }

  /** One event, the same in every week it happens in, with those weeks. */
  public record Happened(Event event, Weeks weeks) {

    public Happened {
      Objects.requireNonNull(event, "event");
      Objects.requireNonNull(weeks, "weeks");
    }
  }

  /**
   * Events refused for one reason: the distinct events in order of first appearance, and every week
   * one of them was refused.
   *
   * @param source the bibliography key of the finding behind the reason
   */
  public record NotApplied(String reason, String source, List<Event> events, Weeks weeks) {

    public NotApplied {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(source, "source");
      events = List.copyOf(events);
      if (events.isEmpty()) {
        throw new IllegalArgumentException("a run of refusals needs at least one refused event");
      }
      Objects.requireNonNull(weeks, "weeks");
    }
  }

  /** The runs of {@code simulation}'s applied events and of its refusals. */
  public static EventRuns of(Simulation simulation) {
    Objects.requireNonNull(simulation, "simulation");
    Map<Event, List<Integer>> happened = new LinkedHashMap<>();
    for (TimedEvent timed : simulation.trajectory().events()) {
      happened.computeIfAbsent(timed.event(), event -> new ArrayList<>()).add(timed.at());
    }
    // equals and hashCode written out, as Event's are: a record's generated ones start a chain of
    // method handles on first use, which a first printout of refusals would pay.
    record Why(String reason, String source) {
      @Override
      public boolean equals(Object other) {
        return other instanceof Why why && reason.equals(why.reason) && source.equals(why.source);
      }

      @Override
      public int hashCode() {
        return reason.hashCode() * 31 + source.hashCode();
      }
    }
    Map<Why, List<Integer>> refusedWeeks = new LinkedHashMap<>();
    Map<Why, Set<Event>> refusedEvents = new LinkedHashMap<>();
    for (Refusal refusal : simulation.refusals()) {
      Why why = new Why(refusal.reason(), refusal.source());
      refusedWeeks.computeIfAbsent(why, w -> new ArrayList<>()).add(refusal.at());
      refusedEvents.computeIfAbsent(why, w -> new LinkedHashSet<>()).add(refusal.event());
    }
    List<Happened> events = new ArrayList<>();
    happened.forEach((event, weeks) -> events.add(new Happened(event, Weeks.of(weeks))));
    List<NotApplied> refusals = new ArrayList<>();
    refusedWeeks.forEach((why, weeks) -> refusals.add(
        new NotApplied(why.reason(), why.source(), new ArrayList<>(refusedEvents.get(why)), Weeks.of(weeks))));
    return new EventRuns(events, refusals);
  }

  /** Whether nothing happens and nothing is refused: the starting state left to itself. */
  public boolean isEmpty() {
    return events.isEmpty() && refusals.isEmpty();
  }
}
