package org.trustatlas.core.model;

import java.util.List;

/**
 * Something the article names. One record per {@link ConceptKind}; the set is closed so a switch
 * over {@link #kind()} is exhaustive and a new kind cannot slip past the safety rules unnoticed.
 */
public sealed interface Concept
    permits TrustDimension,
        TrustFoundation,
        DevelopmentPractice,
        Challenge,
        Aggravator,
        EmotionalResponse,
        CognitiveState,
        ReactiveBehavior,
        Consequence,
        RebuildingStrategy,
        RecoveryRequirement,
        Outcome,
        Phase,
        Resource {

  ConceptInfo info();

  ConceptKind kind();

  default ConceptId id() {
    return info().id();
  }

  default String label() {
    return info().label();
  }

  default List<String> aliases() {
    return info().aliases();
  }

  default String summary() {
    return info().summary();
  }

  default Citations citations() {
    return info().citations();
  }

  /** Concepts of this kind refer to other concepts (a strategy to its phase); the atlas checks them. */
  default List<ConceptId> references() {
    return List.of();
  }
}
