package org.trustatlas.core.model;

import java.util.Objects;

/** Something repair needs but that does not guarantee it. */
public record RecoveryRequirement(ConceptInfo info) implements Concept {

  public RecoveryRequirement {
    Objects.requireNonNull(info, "info must not be null");
  }

  @Override
  public ConceptKind kind() {
    return ConceptKind.RECOVERY_REQUIREMENT;
  }

  /** The info's hash, which is the id's (see {@link ConceptInfo#hashCode()}). */
  @Override
  public int hashCode() {
    return info.hashCode();
  }
}
