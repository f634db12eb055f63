package org.trustatlas.core.model;

import java.util.Objects;

/** A quality that trust rests on. */
public record TrustFoundation(ConceptInfo info) implements Concept {

  public TrustFoundation {
    Objects.requireNonNull(info, "info must not be null");
  }

  @Override
  public ConceptKind kind() {
    return ConceptKind.TRUST_FOUNDATION;
  }
}
