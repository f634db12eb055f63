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
}
