package org.trustatlas.core.dynamics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** Writes a summary's paragraph from its numbers, in words, with no advice in it. */
final class Narrative {

  private Narrative() {}

  static String describe(Scenario scenario, Trajectory trajectory, List<Refusal> refusals, double tolerance,
      int minimumAt, OptionalInt back) {
    if (scenario.partnerHarm()) {
      return harm(trajectory, refusals);
    }
    int last = trajectory.steps();
    boolean fell = trajectory.trust(minimumAt) < trajectory.trust(0) - tolerance;
    StringBuilder text = new StringBuilder("Trust starts at ").append(percent(trajectory.trust(0))).append('.');
    if (fell) {
      text.append(" Its lowest point is ").append(percent(trajectory.trust(minimumAt))).append(" in week ")
          .append(minimumAt).append(cause(trajectory, minimumAt)).append('.');
      text.append(back.isPresent()
          ? " It is back near where it started by week " + back.getAsInt() + "."
          : " It does not get back to where it started within " + last + " weeks.");
    } else {
      text.append(" It never falls noticeably below where it started.").append(sharpestFall(trajectory, tolerance));
    }
    text.append(" In week ").append(last).append(" it stands at ").append(percent(trajectory.trust(last))).append('.');
    if (hasDeception(scenario) && fell && back.isEmpty()) {
      text.append(" In the studies this draws on, trust harmed by deception does not fully recover,"
          + " even after apologies, promises and consistent trustworthy behaviour.");
    }
    return text.toString();
  }

  /**
   * Where a partner harms, the paragraph follows the safety and distrust of the person harmed, says
   * that nothing the partner does between harms restores them, and gives each refusal once with its weeks.
   */
  private static String harm(Trajectory trajectory, List<Refusal> refusals) {
    int last = trajectory.steps();
    StringBuilder text = new StringBuilder("Safety starts at ").append(percent(trajectory.safety(0))).append('.');
    List<Integer> harms = new ArrayList<>();
    for (TimedEvent timed : trajectory.events()) {
      if (timed.event().type() == EventType.VIOLATION && !harms.contains(timed.at())) {
        harms.add(timed.at());
      }
    }
    if (harms.isEmpty()) {
      text.append(" No harm happens in this run.");
    } else {
      List<String> after = harms.stream().map(t -> percent(trajectory.safety(t)) + " in week " + t).toList();
      text.append(" Each harm lowers it: ").append(list(after)).append(". Nothing the partner who harms does in"
          + " between brings it back.");
    }
    text.append(" Distrust, a protective wariness, goes from ").append(percent(trajectory.state(0).distrust()))
        .append(" to ").append(percent(trajectory.state(last).distrust())).append(" and does not fade while harm may"
            + " happen again. In week ").append(last).append(" safety stands at ").append(percent(trajectory.safety(last)))
        .append(" and trust in the partner at ").append(percent(trajectory.trust(last))).append('.');
    Map<String, List<Integer>> byReason = new LinkedHashMap<>();
    refusals.forEach(r -> byReason.computeIfAbsent(r.reason(), k -> new ArrayList<>()).add(r.at()));
    byReason.forEach((reason, weeks) -> text.append(' ').append(weeks(weeks)).append(": ").append(reason));
    text.append(" Where a partner causes harm, safety comes before repair, and specialist services can help.");
    return text.toString();
  }

  /** "Week 19", "Weeks 7, 19 and 31", "Weeks 8 to 52", "In 23 weeks from 8 to 52". */
  private static String weeks(List<Integer> all) {
    List<Integer> weeks = all.stream().distinct().sorted().toList();
    int first = weeks.get(0);
    int last = weeks.get(weeks.size() - 1);
    if (weeks.size() == 1) {
      return "Week " + first;
    }
    if (weeks.size() > 2 && last - first == weeks.size() - 1) {
      return "Weeks " + first + " to " + last;
    }
    return weeks.size() <= 5 ? "Weeks " + list(weeks.stream().map(String::valueOf).toList())
        : "In " + weeks.size() + " weeks from " + first + " to " + last;
  }

  private static String list(List<String> items) {
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }

  /** A breach early on may never take trust below its low start; the week it hit hardest still matters. */
  private static String sharpestFall(Trajectory trajectory, double tolerance) {
    int sharpest = 0;
    double largest = tolerance;
    for (int t = 1; t <= trajectory.steps(); t++) {
      double fall = trajectory.trust(t - 1) - trajectory.trust(t);
      if (fall > largest) {
        largest = fall;
        sharpest = t;
      }
    }
    if (sharpest == 0) {
      return "";
    }
    return " Its sharpest fall is in week " + sharpest + cause(trajectory, sharpest) + ", from "
        + percent(trajectory.trust(sharpest - 1)) + " to " + percent(trajectory.trust(sharpest)) + ".";
  }

  /** ", after <the latest violation or stressor up to that week> ...", or nothing if there was none. */
  private static String cause(Trajectory trajectory, int week) {
    List<TimedEvent> events = trajectory.events();
    for (int i = events.size() - 1; i >= 0; i--) {
      TimedEvent timed = events.get(i);
      EventType type = timed.event().type();
      if (timed.at() <= week && (type == EventType.VIOLATION || type == EventType.STRESSOR)) {
        return ", after " + timed.event().describe() + (timed.at() == week ? " that week" : " in week " + timed.at());
      }
    }
    return "";
  }

  private static boolean hasDeception(Scenario scenario) {
    return scenario.events().stream().anyMatch(e -> e.event() instanceof Event.Violation v && v.deceptive());
  }

  private static String percent(double value) {
    return Math.round(value * 100) + "%";
  }
}
