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

  /** The info's hash, which is the id's (see {@link ConceptInfo#hashCode()}). */
  @Override
  public int hashCode() {
    return info.hashCode();
  }
}
