package org.trustatlas.core.model;

import java.util.Objects;

/** An ordered stage of development or repair; {@code order} sorts phases within a plan. */
public record Phase(ConceptInfo info, int order) implements Concept {

  public Phase {
    Objects.requireNonNull(info, "info must not be null");
    if (order < 1) {
      throw new IllegalArgumentException("phase '" + info.id() + "' order " + order + " must be 1 or more");
    }
  }

  @Override
  public ConceptKind kind() {
    return ConceptKind.PHASE;
  }

  /** The info's hash, which is the id's (see {@link ConceptInfo#hashCode()}). */
  @Override
  public int hashCode() {
    return info.hashCode();
  }
}
