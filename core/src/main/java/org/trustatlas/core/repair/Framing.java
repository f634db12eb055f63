package org.trustatlas.core.repair;

import java.util.List;
import java.util.Locale;
import org.trustatlas.core.model.ActorRole;
import org.trustatlas.core.model.Concept;

/** The sentences that tell a reader whose step this is, worded for who is reading. */
final class Framing {

  private Framing() {}

  /** What the step is for: the named concepts it addresses, or safety when it joined for the context alone. */
  static String purpose(List<Concept> named) {
    if (named.isEmpty()) {
      return "It is here because what you describe may involve harm by a partner, and safety comes first.";
    }
    List<String> labels = named.stream().map(c -> lowerFirst(c.label())).distinct().toList();
    return "It addresses " + list(labels) + ".";
  }

  private static String list(List<String> items) {
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }

  static String role(ActorRole actor, ReaderRole reader) {
    switch (actor) {
      case INVOLVED_PARTNER:
        if (reader == ReaderRole.INVOLVED_PARTNER) {
          return "This step is yours: the partner who broke trust leads the repair.";
        }
        return reader == ReaderRole.HURT_PARTNER || reader == ReaderRole.SURVIVOR
            ? "This is your partner's work: owning the breach is theirs, not yours."
            : "This is for the partner who broke trust, who leads this part of the repair.";
      case HURT_PARTNER:
        if (reader == ReaderRole.HURT_PARTNER || reader == ReaderRole.SURVIVOR) {
          return "This step is yours to take if and when you want to; nothing here is owed.";
        }
        return reader == ReaderRole.INVOLVED_PARTNER
            ? "This is your partner's choice: make room for it, and never ask for it."
            : "This is for the partner who was hurt, if and when they want to; nothing here is owed.";
      case BOTH:
        return reader == ReaderRole.SUPPORTER ? "This is for the couple together, if they both choose it."
            : "This is for the two of you together, when you are both ready.";
      case SURVIVOR:
        return survivor(reader);
      case SUPPORTER:
        return reader == ReaderRole.SUPPORTER ? "This step is yours, as someone standing by them."
            : "This is for someone supporting you.";
      default:
        return reader == ReaderRole.SUPPORTER ? "This is something the person you support can do on their own."
            : "This is something you can do on your own.";
    }
  }

  // The plan cannot know which partner was harmed when two partners read it; it says so.
  private static String survivor(ReaderRole reader) {
    if (reader == ReaderRole.SURVIVOR || reader == ReaderRole.HURT_PARTNER) {
      return "This step is yours, at your own pace.";
    }
    return reader == ReaderRole.SUPPORTER ? "This is the survivor's choice, at their own pace; you can offer support."
        : "This is for whoever was harmed, at their own pace: yours if that is you; if it is your partner, it is "
            + "their choice, and you can offer support.";
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
