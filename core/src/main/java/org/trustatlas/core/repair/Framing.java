package org.trustatlas.core.repair;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.trustatlas.core.model.ActorRole;

/**
 * The words that tell a reader whose step this is, written for who is reading: a short framing
 * ("Your step", "What your partner can do") and a sentence saying why it is theirs or someone else's.
 */
final class Framing {

  private Framing() {}

  /**
   * Why the step is here, when that is more than the challenges the reader named: the reactions or
   * consequences it helps with, or safety when it joined for the context alone. Empty when it simply
   * addresses what the reader named, which the plan's heading already says.
   */
  static String purpose(List<Candidates.Reason> reasons) {
    // A loop, not streams: this runs for every step of every plan.
    List<String> through = new ArrayList<>();
    for (Candidates.Reason reason : reasons) {
      if (reason.named() && reason.direct()) {
        return "";
      }
      String label = reason.named() ? lowerFirst(reason.addressed().label()) : null;
      if (label != null && !through.contains(label)) {
        through.add(label);
      }
    }
    if (through.isEmpty()) {
      return "It is here because what you describe may involve harm by a partner, and safety comes first.";
    }
    return "It helps with " + list(through) + ".";
  }

  private static String list(List<String> items) {
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }

  /** A short line saying whose step it is: "Your step", "What your partner can do", "For the two of you together". */
  static String whose(ActorRole actor, Reading reading) {
    ActorRole as = reading.as();
    boolean harmed = as == ActorRole.HURT_PARTNER || as == ActorRole.SURVIVOR;
    return switch (actor) {
      case INVOLVED_PARTNER -> as == ActorRole.INVOLVED_PARTNER ? "Your step"
          : harmed ? "What your partner can do" : "For " + reading.involved();
      case HURT_PARTNER -> harmed ? "Your step, if and when you choose"
          : as == ActorRole.INVOLVED_PARTNER ? "Your partner's choice, if and when they want it"
          : "For " + reading.hurt() + ", if and when they choose";
      case BOTH -> as == ActorRole.BOTH ? "For the two of you together"
          : as == ActorRole.SUPPORTER ? "For the couple together, if both choose it"
          : "For you and your partner together, if you both want to";
      case INDIVIDUAL -> as == ActorRole.SUPPORTER ? "For the person you support, on their own"
          : as == ActorRole.BOTH ? "For each of you, on your own" : "Your step, on your own";
      case SURVIVOR -> harmed ? "Your step, at your own pace"
          : as == ActorRole.SUPPORTER ? "For the person who was harmed, at their own pace"
          : as == ActorRole.USING_HARM ? "Your partner's choice" : "For whoever was harmed, at their own pace";
      case SUPPORTER -> as == ActorRole.SUPPORTER ? "Your step, as a supporter"
          : as == ActorRole.BOTH ? "For someone supporting either of you" : "For someone supporting you";
      case USING_HARM -> as == ActorRole.USING_HARM ? "Your step" : "For the partner who used harm";
    };
  }

  /** A sentence saying why the step is, or is not, the reader's. */
  static String role(ActorRole actor, Reading reading) {
    ActorRole as = reading.as();
    boolean harmed = as == ActorRole.HURT_PARTNER || as == ActorRole.SURVIVOR;
    return switch (actor) {
      case INVOLVED_PARTNER -> as == ActorRole.INVOLVED_PARTNER ? "This step is yours to take."
          : harmed ? "This is your partner's work, not yours." : "This is for " + reading.involved() + ".";
      case HURT_PARTNER -> harmed ? "This step is yours to take if and when you want to; nothing here is owed."
          : as == ActorRole.INVOLVED_PARTNER ? "This is your partner's choice: make room for it, and never ask for it."
          : "This is for " + reading.hurt() + ", if and when they want to; nothing here is owed.";
      case BOTH -> as == ActorRole.SUPPORTER ? "This is for the couple together, if they both choose it."
          : "This is for the two of you together, when you are both ready.";
      case INDIVIDUAL -> as == ActorRole.SUPPORTER ? "This is something the person you support can do on their own."
          : "This is something you can do on your own.";
      case SURVIVOR -> harmed ? "This step is yours, at your own pace."
          : as == ActorRole.SUPPORTER ? "This is their choice, at their own pace; you can help if they ask."
          : "This is for whoever was harmed, at their own pace: yours, if that is you.";
      case SUPPORTER -> as == ActorRole.SUPPORTER ? "This step is yours, as someone standing by them."
          : "This is for someone supporting you.";
      case USING_HARM -> as == ActorRole.USING_HARM ? "This step is yours: stopping the harm is your responsibility."
          : "This is for the partner who used harm: stopping it is their responsibility alone.";
    };
  }

  static String adjunct() {
    return "It supports other help and is not treatment on its own.";
  }

  // "Infidelity" reads as "infidelity" mid-sentence; "STI" and "PTSD symptoms" keep their capitals.
  static String lowerFirst(String label) {
    if (label.length() > 1 && Character.isUpperCase(label.charAt(1))) {
      return label;
    }
    return label.substring(0, 1).toLowerCase(Locale.ROOT) + label.substring(1);
  }
}
