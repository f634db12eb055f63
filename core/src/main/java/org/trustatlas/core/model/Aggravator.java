package org.trustatlas.core.model;

import java.util.Objects;

/** A circumstance that makes a challenge or its consequences worse. */
public record Aggravator(ConceptInfo info) implements Concept {

  public Aggravator {
    Objects.requireNonNull(info, "info must not be null");
  }

  @Override
  public ConceptKind kind() {
    return ConceptKind.AGGRAVATOR;
  }

  /** The info's hash, which is the id's (see {@link ConceptInfo#hashCode()}). */
  @Override
  public int hashCode() {
    return info.hashCode();
  }
}
