package org.trustatlas.content.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntToDoubleFunction;
import org.trustatlas.core.dynamics.Event;
import org.trustatlas.core.dynamics.EventType;
import org.trustatlas.core.dynamics.Measure;
import org.trustatlas.core.dynamics.Refusal;
import org.trustatlas.core.dynamics.Simulation;
import org.trustatlas.core.dynamics.TimedEvent;
import org.trustatlas.core.dynamics.Trajectory;

/**
 * What a chart of a run shows, for any medium to draw: the series week by week, the lead one first
 * (safety where a partner causes harm, trust otherwise), a mark for every applied event and every
 * refusal, and the extent of both axes. Holds no glyph, colour or class: a front end chooses those
 * per {@link Key} and {@link MarkKind}.
 */
public record SimulationChart(List<Series> series, List<Mark> marks, Extent extent) {

  public SimulationChart {
    series = List.copyOf(series);
    marks = List.copyOf(marks);
    Objects.requireNonNull(extent, "extent");
    if (series.isEmpty()) {
      throw new IllegalArgumentException("a chart needs at least one series");
    }
    for (Series s : series) {
      if (s.lastWeek() != extent.lastWeek()) {
        throw new IllegalArgumentException("series " + s.key().label() + " ends in week " + s.lastWeek()
            + ", not in week " + extent.lastWeek() + " like the chart");
      }
    }
  }

  /**
   * The chart of {@code simulation}. Where a partner causes harm it follows only the safety and the
   * distrust of the person harmed, since trust coming back would be the wrong thing to show as
   * recovery; otherwise trust, its three dimensions and distrust.
   */
  public static SimulationChart of(Simulation simulation) {
    Objects.requireNonNull(simulation, "simulation");
    Trajectory trajectory = simulation.trajectory();
    int last = trajectory.steps();
    Measure charted = simulation.charted();
    List<Series> series = new ArrayList<>();
    series.add(new Series(Key.of(charted), last, t -> trajectory.value(charted, t)));
    if (charted == Measure.TRUST) {
      series.add(new Series(Key.PREDICTABILITY, last, t -> trajectory.state(t).predictability()));
      series.add(new Series(Key.DEPENDABILITY, last, t -> trajectory.state(t).dependability()));
      series.add(new Series(Key.FAITH, last, t -> trajectory.state(t).faith()));
    }
    series.add(new Series(Key.DISTRUST, last, t -> trajectory.state(t).distrust()));
    List<Mark> marks = new ArrayList<>();
    for (TimedEvent timed : trajectory.events()) {
      marks.add(new Mark(MarkKind.of(timed.event().type()), timed.at(), lasts(timed.event())));
    }
    for (Refusal refusal : simulation.refusals()) {
      marks.add(new Mark(MarkKind.NOT_APPLIED, refusal.at(), 1));
    }
    return new SimulationChart(series, marks, Extent.weeks(last));
  }

  /** The series that leads: the measure the run is charted by. */
  public Series lead() {
    return series.get(0);
  }

  /** The series of {@code key}, if the chart has it. */
  public Optional<Series> series(Key key) {
    return series.stream().filter(s -> s.key() == key).findFirst();
  }

  /** The marks by kind, kinds in declaration order and only those marked, each kind's marks by week. */
  public Map<MarkKind, List<Mark>> marksByKind() {
    Map<MarkKind, List<Mark>> byKind = new EnumMap<>(MarkKind.class);
    for (Mark mark : marks) {
      byKind.computeIfAbsent(mark.kind(), k -> new ArrayList<>()).add(mark);
    }
    byKind.replaceAll((kind, list) -> List.copyOf(list));
    return Collections.unmodifiableMap(byKind);
  }

  /** How many weeks an event lasts: a chronic stressor or support for its weeks, anything else one. */
  private static int lasts(Event event) {
    if (event instanceof Event.Stressor stressor) {
      return stressor.weeks();
    }
    return event instanceof Event.Support support ? support.weeks() : 1;
  }

  /** What a series measures. */
  public enum Key {
    TRUST(Measure.TRUST.label()),
    /** The safety of the person harmed, where a partner causes harm. */
    SAFETY(Measure.SAFETY.label()),
    PREDICTABILITY("predictability"),
    DEPENDABILITY("dependability"),
    FAITH("faith"),
    DISTRUST("distrust");

    private final String label;

    Key(String label) {
      this.label = label;
    }

    /** The key of a charted measure. */
    public static Key of(Measure measure) {
      return switch (measure) {
        case TRUST -> TRUST;
        case SAFETY -> SAFETY;
      };
    }

    /** The word for it, lower case, as a legend or a table column names it. */
    public String label() {
      return label;
    }
  }

  /**
   * A series' values from week 0 to its last week, each between 0 and 1. Read from the run when asked
   * for, so a long run's chart costs nothing until it is drawn.
   */
  public static final class Series {

    private final Key key;
    private final int lastWeek;
    private final IntToDoubleFunction value;

    private Series(Key key, int lastWeek, IntToDoubleFunction value) {
      this.key = key;
      this.lastWeek = lastWeek;
      this.value = value;
    }

    public Key key() {
      return key;
    }

    public String label() {
      return key.label();
    }

    public int lastWeek() {
      return lastWeek;
    }

    /** The value in {@code week}, from 0 to {@link #lastWeek()}. */
    public double value(int week) {
      if (week < 0 || week > lastWeek) {
        throw new IndexOutOfBoundsException("week " + week + " is outside 0.." + lastWeek);
      }
      return value.applyAsDouble(week);
    }

    /** Every week's value, week 0 first; a fresh array each call. */
    public double[] values() {
      double[] values = new double[lastWeek + 1];
      for (int t = 0; t <= lastWeek; t++) {
        values[t] = value.applyAsDouble(t);
      }
      return values;
    }

    @Override
    public String toString() {
      return "Series[" + key + ", weeks 0–" + lastWeek + "]";
    }
  }

  /** What a mark stands for: an applied event of one type, or an event not applied as repair. */
  public enum MarkKind {
    POSITIVE_ACT("trustworthy act"),
    VIOLATION("violation"),
    RESPONSE("response"),
    STRESSOR("stress"),
    SUPPORT("support"),
    FORGIVE("forgiving"),
    /** An event refused as repair, whatever its type; the run's refusals say why. */
    NOT_APPLIED("not applied");

    private final String label;

    MarkKind(String label) {
      this.label = label;
    }

    /** The kind of mark an applied event of {@code type} gets. */
    public static MarkKind of(EventType type) {
      return switch (type) {
        case POSITIVE_ACT -> POSITIVE_ACT;
        case VIOLATION -> VIOLATION;
        case RESPONSE -> RESPONSE;
        case STRESSOR -> STRESSOR;
        case SUPPORT -> SUPPORT;
        case FORGIVE -> FORGIVE;
      };
    }

    /** The word for it, lower case, as a legend or a lane names it. */
    public String label() {
      return label;
    }
  }

  /**
   * One event or refusal on the time axis.
   *
   * @param week the week it starts in
   * @param weeks how many weeks it lasts, 1 for a moment; it may run past the chart's last week
   */
  public record Mark(MarkKind kind, int week, int weeks) {

    public Mark {
      Objects.requireNonNull(kind, "mark kind");
      if (week < 0) {
        throw new IllegalArgumentException("a mark's week " + week + " is before week 0");
      }
      if (weeks < 1) {
        throw new IllegalArgumentException("a mark lasts at least one week, not " + weeks);
      }
    }
  }

  /** The axes: weeks from {@code firstWeek} to {@code lastWeek}, values from {@code lowest} to {@code highest}. */
  public record Extent(int firstWeek, int lastWeek, double lowest, double highest) {

    public Extent {
      if (firstWeek < 0 || lastWeek < firstWeek) {
        throw new IllegalArgumentException("weeks " + firstWeek + " to " + lastWeek + " are not a time axis");
      }
      if (!(lowest < highest)) {
        throw new IllegalArgumentException("values " + lowest + " to " + highest + " are not a value axis");
      }
    }

    /** Weeks 0 to {@code lastWeek}, values 0 to 1, as every state value and measure is. */
    public static Extent weeks(int lastWeek) {
      return new Extent(0, lastWeek, 0, 1);
    }
  }
}
