package org.trustatlas.core.model;

import java.util.Objects;

/** A feeling that a challenge evokes. */
public record EmotionalResponse(ConceptInfo info) implements Concept {

  public EmotionalResponse {
    Objects.requireNonNull(info, "info must not be null");
  }

  @Override
  public ConceptKind kind() {
    return ConceptKind.EMOTIONAL_RESPONSE;
  }

  /** The info's hash, which is the id's (see {@link ConceptInfo#hashCode()}). */
  @Override
  public int hashCode() {
    return info.hashCode();
  }
}
