package org.trustatlas.core.model;

import java.util.Objects;

/** A longer-term effect of a challenge. */
public record Consequence(ConceptInfo info) implements Concept {

  public Consequence {
    Objects.requireNonNull(info, "info must not be null");
  }

  @Override
  public ConceptKind kind() {
    return ConceptKind.CONSEQUENCE;
  }

  /** The info's hash, which is the id's (see {@link ConceptInfo#hashCode()}). */
  @Override
  public int hashCode() {
    return info.hashCode();
  }
}
