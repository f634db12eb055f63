package org.trustatlas.core.safety;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.trustatlas.core.model.ActorRole;
import org.trustatlas.core.model.Concept;
import org.trustatlas.core.model.Outcome;
import org.trustatlas.core.model.RebuildingStrategy;
import org.trustatlas.core.model.RecoveryRequirement;

/**
 * Something an answer might show, and how: the same concept can be harmless as a possible outcome
 * and harmful as a requirement (forgiveness).
 */
public record Candidate(Concept concept, Use use) {

  /** How an answer would present the concept. */
  public enum Use {
    STEP,
    REQUIREMENT,
    OUTCOME,
    MENTION
  }

  public Candidate {
    Objects.requireNonNull(concept, "candidate concept must not be null");
    Objects.requireNonNull(use, "candidate use must not be null");
  }

  /** Presented the way its kind usually is: a strategy as a step, an outcome as an outcome. */
  public static Candidate of(Concept concept) {
    if (concept instanceof RebuildingStrategy) {
      return new Candidate(concept, Use.STEP);
    }
    if (concept instanceof RecoveryRequirement) {
      return new Candidate(concept, Use.REQUIREMENT);
    }
    return new Candidate(concept, concept instanceof Outcome ? Use.OUTCOME : Use.MENTION);
  }

  /**
   * The concept presented as a recovery requirement, something the reader is told they must do or accept,
   * which rules judge apart from a step: forgiveness may be an outcome, never a requirement.
   */
  public static Candidate asRequirement(Concept concept) {
    return new Candidate(concept, Use.REQUIREMENT);
  }

  /** Every trait this candidate has, which safety rules match on; unmodifiable. */
  public Set<CandidateTrait> traits() {
    Set<CandidateTrait> traits = EnumSet.noneOf(CandidateTrait.class);
    for (CandidateTrait trait : CandidateTrait.values()) {
      if (trait.holdsFor(this)) {
        traits.add(trait);
      }
    }
    return traits;
  }

  /** The one role a strategy asks to act; empty for anything else. */
  public Optional<ActorRole> actor() {
    return concept instanceof RebuildingStrategy strategy ? Optional.of(strategy.actor()) : Optional.empty();
  }
}
