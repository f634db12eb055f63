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

  /** What every kind of concept has: id, label, aliases, summary and citations. */
  ConceptInfo info();

  /** Which kind of concept this is; fixed by its type. */
  ConceptKind kind();

  /** The stable id (lower-kebab, such as {@code infidelity}): ids are API and never change meaning. */
  default ConceptId id() {
    return info().id();
  }

  /** The name a reader sees, such as "Infidelity". */
  default String label() {
    return info().label();
  }

  /** What a reader might type for this concept ("cheating" for infidelity), used by search. */
  default List<String> aliases() {
    return info().aliases();
  }

  /** A short explanation in the project's own words, never a quotation from the article. */
  default String summary() {
    return info().summary();
  }

  /** The sentences of the article and the external sources this concept rests on. */
  default Citations citations() {
    return info().citations();
  }

  /** Concepts of this kind refer to other concepts (a strategy to its phase); the atlas checks them. */
  default List<ConceptId> references() {
    return List.of();
  }
}
