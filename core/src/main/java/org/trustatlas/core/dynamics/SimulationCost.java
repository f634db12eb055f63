package org.trustatlas.core.dynamics;

/**
 * What one run costs, known before it starts: the weeks it steps through and the events it applies
 * (after {@code every} is expanded). Both bound the work and the size of the result, whose points
 * are the weeks plus one and whose event entries are the events. Every front end checks a run here
 * before any work is done, so the limits are the same for a library call, a command, a form, an API
 * request or a tool call.
 *
 * @param steps weeks to step through
 * @param events events to apply, each repetition counted
 */
public record SimulationCost(long steps, long events) {

  /** The most weeks one run steps through: about two hundred years, plenty for any illustration. */
  public static final int MAX_STEPS = Scenario.MAX_STEPS;

  /** The most events one run applies, every repetition counted: one each week of the longest run. */
  public static final int MAX_EVENTS = 10_000;

  public SimulationCost {
    if (steps < 0 || events < 0) {
      throw new IllegalArgumentException("a run's steps and events cannot be negative");
    }
  }

  /** What running the scenario would cost: its steps and events. */
  public static SimulationCost of(Scenario scenario) {
    return new SimulationCost(scenario.steps(), scenario.events().size());
  }

  /**
   * How many times an event written with {@code every} happens from week {@code at} to week {@code
   * until}, counted without making them; 0 when the repetition is malformed (its own check says why).
   */
  public static long repetitions(long at, long every, long until) {
    return every < 1 || until < at ? 0 : (until - at) / every + 1;
  }

  /** Whether a run this size is allowed, so an outsized scenario is refused before it runs. */
  public boolean withinLimits() {
    return steps <= MAX_STEPS && events <= MAX_EVENTS;
  }

  /**
   * Refuses a run over the limits before any work is done.
   *
   * @throws SimulationTooLargeException saying which limit and by how much
   */
  public SimulationCost check() {
    if (steps > MAX_STEPS) {
      throw new SimulationTooLargeException(this, "the run has " + steps + " weeks; a run has at most "
          + MAX_STEPS);
    }
    if (events > MAX_EVENTS) {
      throw new SimulationTooLargeException(this, "the events come to " + events + " once each 'every' is "
          + "repeated; a run applies at most " + MAX_EVENTS + " (use a larger 'every' or fewer events)");
    }
    return this;
  }

  /** The limits in one sentence, for help texts and documents. */
  public static String describeLimits() {
    return "A run steps through at most " + MAX_STEPS + " weeks and applies at most " + MAX_EVENTS
        + " events, each repetition of an 'every' counted.";
  }
}
