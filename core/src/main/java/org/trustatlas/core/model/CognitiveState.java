package org.trustatlas.core.model;

import java.util.Objects;

/** A belief or stance that follows a breach. */
public record CognitiveState(ConceptInfo info) implements Concept {

  public CognitiveState {
    Objects.requireNonNull(info, "info must not be null");
  }

  @Override
  public ConceptKind kind() {
    return ConceptKind.COGNITIVE_STATE;
  }

  /** The info's hash, which is the id's (see {@link ConceptInfo#hashCode()}). */
  @Override
  public int hashCode() {
    return info.hashCode();
  }
}
