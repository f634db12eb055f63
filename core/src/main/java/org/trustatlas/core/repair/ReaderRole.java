package org.trustatlas.core.repair;

import java.util.Arrays;
import java.util.Collection;
import org.trustatlas.core.model.ActorRole;
import org.trustatlas.core.model.Challenge;
import org.trustatlas.core.internal.Slugs;
import org.trustatlas.core.internal.Require;
import org.trustatlas.core.internal.Suggestions;

/** Who is reading the plan. It changes which steps are shown, whose they are and how each is framed. */
public enum ReaderRole {
  /** The partner whose trust was broken. */
  HURT_PARTNER,
  /** The partner who broke trust; in a partner-harm situation, the partner who used harm. */
  INVOLVED_PARTNER,
  /** Both partners reading together. */
  BOTH,
  /** Someone harmed by abuse or assault. */
  SURVIVOR,
  /** A friend, relative or professional standing by someone. */
  SUPPORTER,
  /** A partner who has used abuse or coercion and wants to stop. */
  USING_HARM;

  /**
   * The role whose steps are the reader's own in a plan about these challenges. The partner who
   * broke trust, reading about harm by a partner, is the partner who used harm: their plan is about
   * stopping, never about repairing the relationship.
   */
  public ActorRole readingAs(Collection<Challenge> challenges) {
    return switch (this) {
      case HURT_PARTNER -> ActorRole.HURT_PARTNER;
      case INVOLVED_PARTNER -> challenges.stream().anyMatch(Challenge::isPartnerHarm)
          ? ActorRole.USING_HARM : ActorRole.INVOLVED_PARTNER;
      case BOTH -> ActorRole.BOTH;
      case SURVIVOR -> ActorRole.SURVIVOR;
      case SUPPORTER -> ActorRole.SUPPORTER;
      case USING_HARM -> ActorRole.USING_HARM;
    };
  }

  /**
   * Whether a step with this actor is the reader's own to take (reading together, one of theirs),
   * outside any partner-harm situation. A joint step is shared, not the reader's own, unless both
   * partners are reading.
   */
  public boolean actsAs(ActorRole actor) {
    return owns(readingAs(java.util.List.of()), actor);
  }

  /** Whether a step with this actor belongs to a reader in the role {@code reading}. */
  static boolean owns(ActorRole reading, ActorRole actor) {
    return switch (reading) {
      case HURT_PARTNER, SURVIVOR -> actor == ActorRole.HURT_PARTNER || actor == ActorRole.SURVIVOR
          || actor == ActorRole.INDIVIDUAL;
      case INVOLVED_PARTNER -> actor == ActorRole.INVOLVED_PARTNER || actor == ActorRole.INDIVIDUAL;
      case BOTH -> actor != ActorRole.SUPPORTER;
      case SUPPORTER -> actor == ActorRole.SUPPORTER;
      case USING_HARM -> actor == ActorRole.USING_HARM || actor == ActorRole.INDIVIDUAL;
      case INDIVIDUAL -> actor == ActorRole.INDIVIDUAL;
    };
  }

  /**
   * This value as pack files, the command line and the API spell it: lower-kebab case ({@code HURT_PARTNER}
   * is {@code hurt-partner}).
   */
  public String slug() {
    return Slugs.of(this);
  }

  /** {@code hurt-partner} and so on; anything else is an error naming the valid roles. */
  public static ReaderRole parse(String slug) {
    return Slugs.parse(ReaderRole.class, slug).orElseThrow(() -> new IllegalArgumentException(
        "unknown role " + Require.quoted(slug)
            + Suggestions.hint(String.valueOf(slug), Arrays.stream(values()).map(ReaderRole::slug).toList())
            + "; valid: " + Slugs.all(ReaderRole.class)));
  }
}
