package org.trustatlas.core.dynamics;

import org.trustatlas.core.internal.Require;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.trustatlas.core.model.ConceptId;

/**
 * A named timeline to simulate: events at weeks 1 to {@code steps}, starting from {@code initial}.
 * Events are kept sorted by week; events in the same week keep the order given.
 *
 * @param id a lower-kebab slug, such as {@code disclosed-affair-sincere-apology}
 * @param seed seeds the week-to-week fluctuation, if the parameters ask for any
 * @param partnerHarm true where the partner harms the truster (abuse, coercion): forgiving and couples
 *     therapy are then refused as repair (McNulty 2011; research/domain.md §4.1)
 */
public record Scenario(String id, String title, String description, int steps, long seed, TrustState initial,
    boolean partnerHarm, List<TimedEvent> events) {

  /** The longest run: about two hundred years of weeks, plenty for any illustration. */
  public static final int MAX_STEPS = 10_000;

  private static final Comparator<TimedEvent> BY_WEEK = Comparator.comparingInt(TimedEvent::at);

  public Scenario {
    if (id == null || !ConceptId.isValid(id)) {
      throw new IllegalArgumentException("scenario id " + Require.quoted(id)
          + " must be lower-kebab-case, such as early-breach");
    }
    title = Require.text(title, () -> "scenario '" + id + "' title");
    description = Objects.requireNonNull(description, () -> "scenario '" + id + "' description must not be null").strip();
    if (steps < 1 || steps > MAX_STEPS) {
      throw new IllegalArgumentException(
          "scenario '" + id + "' steps " + steps + " must be between 1 and " + MAX_STEPS);
    }
    Require.present(initial, () -> "scenario '" + id + "' initial state");
    events = sorted(id, steps, events);
  }

  /** The same scenario run for another number of weeks; every event must still fit. */
  public Scenario withSteps(int newSteps) {
    return new Scenario(id, title, description, newSteps, seed, initial, partnerHarm, events);
  }

  /** This scenario with another seed, for another run of its noise. */
  public Scenario withSeed(long newSeed) {
    return new Scenario(id, title, description, steps, newSeed, initial, partnerHarm, events);
  }

  private static List<TimedEvent> sorted(String id, int steps, List<TimedEvent> events) {
    Objects.requireNonNull(events, () -> "scenario '" + id + "' events must not be null");
    List<TimedEvent> copy = new ArrayList<>(events);
    for (TimedEvent event : copy) {
      Objects.requireNonNull(event, () -> "scenario '" + id + "' events must not contain null");
      if (event.at() > steps) {
        // the smallest steps that run every event, so a reader shortening a scenario knows where to stop
        int needed = copy.stream().filter(Objects::nonNull).mapToInt(TimedEvent::at).max().orElse(event.at());
        throw new IllegalArgumentException("scenario '" + id + "' has " + event.event().describe() + " at week "
            + event.at() + ", after its last step " + steps + "; its events need steps of at least " + needed);
      }
    }
    copy.sort(BY_WEEK);
    requireViolationBeforeResponses(id, copy);
    return List.copyOf(copy);
  }

  /** An apology, promise, repair or forgiveness answers a violation; a denial may come first. */
  private static void requireViolationBeforeResponses(String id, List<TimedEvent> events) {
    for (TimedEvent timed : events) {
      Event event = timed.event();
      if (event instanceof Event.Violation) {
        return;
      }
      boolean answers = event instanceof Event.Forgive
          || event instanceof Event.Response response && response.kind() != ResponseKind.DENIAL;
      if (answers) {
        throw new IllegalArgumentException("scenario '" + id + "' has " + event.describe() + " at week "
            + timed.at() + " before any violation it could answer");
      }
    }
  }
}
