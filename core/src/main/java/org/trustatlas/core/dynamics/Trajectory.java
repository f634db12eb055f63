package org.trustatlas.core.dynamics;

import org.trustatlas.core.internal.Require;
import java.util.AbstractList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Week-by-week values of one run, from week 0 (the starting state) to the last step. Stored as one
 * flat array of doubles; {@link Point}s are made only when asked for, so a run allocates little.
 */
public final class Trajectory {

  /** Doubles per week: the seven state values, then trust, then the safety of the person harmed. */
  static final int WIDTH = 9;
  static final int TRUST = 7;
  static final int SAFETY = 8;

  private final double[] values;
  private final int steps;
  /** Applied events sorted by week; those of week t are {@code applied[starts[t] .. starts[t + 1])}. */
  private final List<TimedEvent> applied;
  private final int[] starts;

  Trajectory(double[] values, List<TimedEvent> applied, int[] starts) {
    this.values = values;
    this.steps = values.length / WIDTH - 1;
    this.applied = List.copyOf(applied);
    this.starts = starts;
  }

  /**
   * One week: the state, the trust score derived from it, the safety of the person harmed, and the
   * events applied in that week.
   *
   * @param t the week, 0 for the starting state
   * @param safety 1 unless a partner harms; see {@link Trajectory#safety}
   */
  public record Point(int t, TrustState state, double trust, double safety, List<Event> events) {

    public Point {
      Require.present(state, "state");
      Require.unit(trust, "trust");
      Require.unit(safety, "safety");
      events = List.copyOf(events);
    }
  }

  /** The last week; there are {@code steps() + 1} points. */
  public int steps() {
    return steps;
  }

  /** Overall trust at step {@code t}, in [0, 1]. */
  public double trust(int t) {
    return values[index(t) + TRUST];
  }

  /**
   * How safe the person harmed is in week {@code t}: 1 until a partner harms them, then lower after each
   * harm. Always 1 in a scenario without partner harm.
   */
  public double safety(int t) {
    return values[index(t) + SAFETY];
  }

  /** The value of {@code measure} in week {@code t}. */
  public double value(Measure measure, int t) {
    return switch (measure) {
      case TRUST -> trust(t);
      case SAFETY -> safety(t);
    };
  }

  /** The whole state at step {@code t}: trust dimensions, distrust and forgiveness motivations. */
  public TrustState state(int t) {
    int i = index(t);
    return new TrustState(values[i], values[i + 1], values[i + 2], values[i + 3], values[i + 4], values[i + 5],
        values[i + 6]);
  }

  /** Step {@code t} as a chart draws it: its state, overall trust, safety and the events applied. */
  public Point point(int t) {
    TrustState state = state(t);
    List<Event> events = applied.subList(starts[t], starts[t + 1]).stream().map(TimedEvent::event).toList();
    return new Point(t, state, trust(t), safety(t), events);
  }

  /** Every week in order; each point is made when read. */
  public List<Point> points() {
    return new AbstractList<>() {
      @Override
      public Point get(int t) {
        return point(t);
      }

      @Override
      public int size() {
        return steps + 1;
      }
    };
  }

  /** Every applied event with its week, in order. Refused events are in {@link Simulation#refusals()}. */
  public List<TimedEvent> events() {
    return applied;
  }

  /** The first week from {@code from} on whose trust is at least {@code level}. */
  public OptionalInt firstAtOrAbove(double level, int from) {
    for (int t = from; t <= steps; t++) {
      if (trust(t) >= level) {
        return OptionalInt.of(t);
      }
    }
    return OptionalInt.empty();
  }

  /** The notice every simulation carries: an illustration, not a prediction about anyone. */
  public String notice() {
    return Simulation.NOTICE;
  }

  private int index(int t) {
    if (t < 0 || t > steps) {
      throw new IndexOutOfBoundsException("week " + t + " is outside 0.." + steps);
    }
    return t * WIDTH;
  }
}
