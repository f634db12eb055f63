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

  /** The info's hash, which is the id's (see {@link ConceptInfo#hashCode()}). */
  @Override
  public int hashCode() {
    return info.hashCode();
  }
}
