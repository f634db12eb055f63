package org.trustatlas.core.repair;

import java.util.Arrays;
import org.trustatlas.core.model.ActorRole;
import org.trustatlas.core.model.Slugs;
import org.trustatlas.core.model.Suggestions;

/** Who is reading the plan. It changes whose steps are "yours" and how every step is framed. */
public enum ReaderRole {
  /** The partner whose trust was broken. */
  HURT_PARTNER,
  /** The partner who broke trust. */
  INVOLVED_PARTNER,
  /** Both partners reading together. */
  BOTH,
  /** Someone harmed by abuse or assault. */
  SURVIVOR,
  /** A friend, relative or professional standing by someone. */
  SUPPORTER;

  /**
   * Whether a step with this actor is the reader's own to take (or, reading together, one of theirs).
   * A survivor's step belongs to whoever was harmed, which any partner may be; only a supporter is
   * never the survivor.
   */
  public boolean actsAs(ActorRole actor) {
    if (actor == ActorRole.SURVIVOR) {
      return this != SUPPORTER;
    }
    switch (this) {
      case HURT_PARTNER:
        return actor == ActorRole.HURT_PARTNER || actor == ActorRole.INDIVIDUAL || actor == ActorRole.BOTH;
      case INVOLVED_PARTNER:
        return actor == ActorRole.INVOLVED_PARTNER || actor == ActorRole.INDIVIDUAL || actor == ActorRole.BOTH;
      case BOTH:
        return actor != ActorRole.SUPPORTER;
      case SURVIVOR:
        return actor == ActorRole.INDIVIDUAL || actor == ActorRole.HURT_PARTNER;
      default:
        return actor == ActorRole.SUPPORTER;
    }
  }

  public String slug() {
    return Slugs.of(this);
  }

  /** {@code hurt-partner} and so on; anything else is an error naming the valid roles. */
  public static ReaderRole parse(String slug) {
    return Slugs.parse(ReaderRole.class, slug).orElseThrow(() -> new IllegalArgumentException(
        "unknown role '" + slug + "'"
            + Suggestions.hint(String.valueOf(slug), Arrays.stream(values()).map(ReaderRole::slug).toList())
            + "; valid: " + Slugs.all(ReaderRole.class)));
  }
}
