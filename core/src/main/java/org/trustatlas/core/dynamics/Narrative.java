package org.trustatlas.core.dynamics;

import java.util.List;
import java.util.OptionalInt;

/** Writes a summary's paragraph from its numbers, in words, with no advice in it. */
final class Narrative {

  private Narrative() {}

  static String describe(Scenario scenario, Trajectory trajectory, List<Refusal> refusals, double tolerance,
      int minimumAt, OptionalInt back) {
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
    for (Refusal refusal : refusals) {
      text.append(" Week ").append(refusal.at()).append(": ").append(refusal.reason());
    }
    if (scenario.partnerHarm()) {
      text.append(" Where a partner causes harm, safety comes before repair, and specialist services can help.");
    }
    return text.toString();
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
