package org.trustatlas.core.model;

import java.util.Map;

/** Maps each concept record to its kind, for typed queries such as {@code concepts(Challenge.class)}. */
final class ConceptKinds {

  private static final Map<Class<? extends Concept>, ConceptKind> KINDS = Map.ofEntries(
      Map.entry(TrustDimension.class, ConceptKind.TRUST_DIMENSION),
      Map.entry(TrustFoundation.class, ConceptKind.TRUST_FOUNDATION),
      Map.entry(DevelopmentPractice.class, ConceptKind.DEVELOPMENT_PRACTICE),
      Map.entry(Challenge.class, ConceptKind.CHALLENGE),
      Map.entry(Aggravator.class, ConceptKind.AGGRAVATOR),
      Map.entry(EmotionalResponse.class, ConceptKind.EMOTIONAL_RESPONSE),
      Map.entry(CognitiveState.class, ConceptKind.COGNITIVE_STATE),
      Map.entry(ReactiveBehavior.class, ConceptKind.REACTIVE_BEHAVIOR),
      Map.entry(Consequence.class, ConceptKind.CONSEQUENCE),
      Map.entry(RebuildingStrategy.class, ConceptKind.REBUILDING_STRATEGY),
      Map.entry(RecoveryRequirement.class, ConceptKind.RECOVERY_REQUIREMENT),
      Map.entry(Outcome.class, ConceptKind.OUTCOME),
      Map.entry(Phase.class, ConceptKind.PHASE),
      Map.entry(Resource.class, ConceptKind.RESOURCE));

  private ConceptKinds() {}

  static ConceptKind of(Class<? extends Concept> type) {
    ConceptKind kind = KINDS.get(type);
    if (kind == null) {
      throw new IllegalArgumentException("not a concept record: " + type.getName());
    }
    return kind;
  }
}
