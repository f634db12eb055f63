package org.trustatlas.content.read;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The weeks something happens in, in the shape a reader takes in at a glance: one week, a
 * consecutive range, a range at a fixed interval, or a list of those. {@link #phrase()} is the one
 * wording every front end shows: "week 10", "weeks 6, 18, 30", "weeks 13–52", "weeks 2–50 every 4".
 */
public sealed interface Weeks permits Weeks.One, Weeks.Consecutive, Weeks.Every, Weeks.Listed {

  /** Fewer weeks in a row than this are listed, not written as a range: "weeks 4, 5" reads better than "weeks 4–5". */
  int SHORTEST_RANGE = 3;
  /** Fewer weeks evenly apart than this are listed: "weeks 6, 18, 30" says more than "weeks 6–30 every 12". */
  int SHORTEST_INTERVAL = 4;

  /**
   * The weeks in {@code weeks}, in any order and with repeats, in their shape: from the earliest,
   * each stretch of at least {@link #SHORTEST_RANGE} weeks in a row or {@link #SHORTEST_INTERVAL}
   * evenly apart is one range, and every other week stands alone.
   *
   * @throws IllegalArgumentException when {@code weeks} is empty or holds a negative week
   */
  static Weeks of(Collection<Integer> weeks) {
    Objects.requireNonNull(weeks, "weeks");
    List<Integer> sorted = weeks.stream().map(week -> Objects.requireNonNull(week, "a week must not be null"))
        .distinct().sorted().toList();
    if (sorted.isEmpty()) {
      throw new IllegalArgumentException("a run of weeks needs at least one week");
    }
    List<Weeks> parts = new ArrayList<>();
    int i = 0;
    while (i < sorted.size()) {
      int end = i;
      int gap = i + 1 < sorted.size() ? sorted.get(i + 1) - sorted.get(i) : 0;
      if (gap > 0) {
        end = i + 1;
        while (end + 1 < sorted.size() && sorted.get(end + 1) - sorted.get(end) == gap) {
          end++;
        }
        if (end - i + 1 < (gap == 1 ? SHORTEST_RANGE : SHORTEST_INTERVAL)) {
          end = i;
        }
      }
      int first = sorted.get(i);
      int last = sorted.get(end);
      parts.add(end == i ? new One(first) : gap == 1 ? new Consecutive(first, last) : new Every(first, last, gap));
      i = end + 1;
    }
    return parts.size() == 1 ? parts.get(0) : new Listed(parts);
  }

  /** The earliest week. */
  int first();

  /** The latest week. */
  int last();

  /** Every week, earliest first. */
  List<Integer> all();

  /** "week 10", "weeks 6, 18, 30", "weeks 13–52", "weeks 2–50 every 4", "weeks 3, 13–52". */
  default String phrase() {
    return (this instanceof One ? "week " : "weeks ") + bare();
  }

  /** The phrase without its leading "week" or "weeks", as a part of a list says it. */
  String bare();

  /** A single week. */
  record One(int week) implements Weeks {

    public One {
      requireWeek(week);
    }

    @Override
    public int first() {
      return week;
    }

    @Override
    public int last() {
      return week;
    }

    @Override
    public List<Integer> all() {
      return List.of(week);
    }

    @Override
    public String bare() {
      return String.valueOf(week);
    }
  }

  /** Every week from {@code first} to {@code last}, at least {@link #SHORTEST_RANGE} of them. */
  record Consecutive(int first, int last) implements Weeks {

    public Consecutive {
      requireWeek(first);
      if (last - first + 1 < SHORTEST_RANGE) {
        throw new IllegalArgumentException("weeks " + first + " to " + last + " are fewer than " + SHORTEST_RANGE
            + " in a row; list them instead");
      }
    }

    @Override
    public List<Integer> all() {
      return stepped(first, last, 1);
    }

    @Override
    public String bare() {
      return first + "–" + last;
    }
  }

  /**
   * Every {@code interval} weeks from {@code first} to {@code last} inclusive, at least {@link
   * #SHORTEST_INTERVAL} weeks, {@code interval} 2 or more (every week is {@link Consecutive}).
   */
  record Every(int first, int last, int interval) implements Weeks {

    public Every {
      requireWeek(first);
      if (interval < 2) {
        throw new IllegalArgumentException("an interval of " + interval + " weeks is not a stepped range; every week"
            + " is a consecutive range and the interval must be at least 2");
      }
      if (last < first || (last - first) % interval != 0) {
        throw new IllegalArgumentException("weeks " + first + " to " + last + " do not step evenly by " + interval);
      }
      if ((last - first) / interval + 1 < SHORTEST_INTERVAL) {
        throw new IllegalArgumentException("weeks " + first + " to " + last + " every " + interval + " are fewer than "
            + SHORTEST_INTERVAL + "; list them instead");
      }
    }

    @Override
    public List<Integer> all() {
      return stepped(first, last, interval);
    }

    @Override
    public String bare() {
      return first + "–" + last + " every " + interval;
    }
  }

  /** Two or more single weeks and ranges, in order and apart from each other. */
  record Listed(List<Weeks> parts) implements Weeks {

    public Listed {
      parts = List.copyOf(parts);
      if (parts.size() < 2) {
        throw new IllegalArgumentException("a list of weeks needs at least two parts, not " + parts.size());
      }
      for (int i = 0; i < parts.size(); i++) {
        if (parts.get(i) instanceof Listed) {
          throw new IllegalArgumentException("a list of weeks holds single weeks and ranges, not another list");
        }
        if (i > 0 && parts.get(i).first() <= parts.get(i - 1).last()) {
          throw new IllegalArgumentException("weeks " + parts.get(i).bare() + " do not come after weeks "
              + parts.get(i - 1).bare());
        }
      }
    }

    @Override
    public int first() {
      return parts.get(0).first();
    }

    @Override
    public int last() {
      return parts.get(parts.size() - 1).last();
    }

    @Override
    public List<Integer> all() {
      return parts.stream().flatMap(part -> part.all().stream()).toList();
    }

    @Override
    public String bare() {
      return String.join(", ", parts.stream().map(Weeks::bare).toList());
    }
  }

  private static List<Integer> stepped(int first, int last, int interval) {
    List<Integer> all = new ArrayList<>((last - first) / interval + 1);
    for (int week = first; week <= last; week += interval) {
      all.add(week);
    }
    return List.copyOf(all);
  }

  private static void requireWeek(int week) {
    if (week < 0) {
      throw new IllegalArgumentException("week " + week + " is before week 0, the starting state");
    }
  }
}
