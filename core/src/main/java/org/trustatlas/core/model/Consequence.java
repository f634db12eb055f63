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
}
