package org.trustatlas.core.repair;

import java.util.Objects;
import org.trustatlas.core.model.ConceptId;

/** A kind of help to turn to, such as a trauma therapist, and what in the plan points to it. */
public record Referral(ConceptId id, String label, String summary, String why) {

  public Referral {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(label, "label must not be null");
    Objects.requireNonNull(summary, "summary must not be null");
    Objects.requireNonNull(why, "why must not be null");
  }
}
