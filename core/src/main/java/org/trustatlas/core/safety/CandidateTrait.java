package org.trustatlas.core.safety;

import org.trustatlas.core.model.Concept;
import org.trustatlas.core.model.DevelopmentPractice;
import org.trustatlas.core.model.Outcome;
import org.trustatlas.core.model.ReactiveBehavior;
import org.trustatlas.core.model.RebuildingStrategy;
import org.trustatlas.core.internal.Slugs;
import org.trustatlas.core.model.Valence;

/** An attribute of a candidate that a rule can test, read from the concept's own attributes, never its id. */
public enum CandidateTrait {
  /** A strategy that needs both partners in the room, such as couples therapy. */
  CONJOINT,
  /** A strategy asking its actor to own a wrong. */
  INVOLVES_FAULT,
  /** Support that is never treatment on its own, such as self-care. */
  ADJUNCT,
  /** An outcome no one may be asked to reach, such as forgiveness. */
  OPTIONAL_OUTCOME,
  /** The candidate would be presented as something repair requires. */
  AS_REQUIREMENT,
  /** A development practice with a sexual component (it carries a consent note). */
  SEXUAL_PRACTICE,
  /** A reaction such as revenge: described, never suggested. */
  MALADAPTIVE_REACTION;

  boolean holdsFor(Candidate candidate) {
    Concept concept = candidate.concept();
    switch (this) {
      case CONJOINT:
        return concept instanceof RebuildingStrategy s && s.conjoint();
      case INVOLVES_FAULT:
        return concept instanceof RebuildingStrategy s && s.involvesFault();
      case ADJUNCT:
        return concept instanceof RebuildingStrategy s && s.adjunct();
      case OPTIONAL_OUTCOME:
        return concept instanceof Outcome o && o.optional();
      case AS_REQUIREMENT:
        return candidate.use() == Candidate.Use.REQUIREMENT;
      case SEXUAL_PRACTICE:
        return concept instanceof DevelopmentPractice p && p.sexual();
      case MALADAPTIVE_REACTION:
        return concept instanceof ReactiveBehavior b && b.valence() == Valence.MALADAPTIVE;
      default:
        throw new AssertionError(this);
    }
  }

  /**
   * This value as pack files, the command line and the API spell it: lower-kebab case ({@code HURT_PARTNER}
   * is {@code hurt-partner}).
   */
  public String slug() {
    return Slugs.of(this);
  }

  /**
   * The value spelt {@code slug}, as {@link #slug()} writes it; an unknown slug throws {@code
   * IllegalArgumentException} naming the nearest and all valid ones.
   */
  public static CandidateTrait parse(String slug) {
    return SlugParser.parse(CandidateTrait.class, slug, "candidate trait");
  }
}
