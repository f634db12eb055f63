package org.trustatlas.core.model;

import java.util.Objects;

/** A facet of trust itself. */
public record TrustDimension(ConceptInfo info) implements Concept {

  public TrustDimension {
    Objects.requireNonNull(info, "info must not be null");
  }

  @Override
  public ConceptKind kind() {
    return ConceptKind.TRUST_DIMENSION;
  }
}
