package org.trustatlas.core.model;

import java.util.List;
import java.util.Objects;

/**
 * An action aimed at repair.
 *
 * @param actor the one role asked to act; the article's "both partners must" is split into
 *     role-scoped strategies so that no one is asked to own harm done to them
 * @param phase the phase this strategy belongs to
 * @param adjunct true for support that is never treatment on its own, such as self-care
 * @param involvesFault true when the step asks the actor to own a wrong (acknowledge, apologise)
 * @param conjoint true when both partners must be in the room, such as couples therapy; never
 *     offered where a partner may be causing harm
 */
public record RebuildingStrategy(
    ConceptInfo info, ActorRole actor, ConceptId phase, boolean adjunct, boolean involvesFault, boolean conjoint)
    implements Concept {

  public RebuildingStrategy {
    Objects.requireNonNull(info, "info must not be null");
    Objects.requireNonNull(actor, () -> "strategy '" + info.id() + "' needs an actor");
    Objects.requireNonNull(phase, () -> "strategy '" + info.id() + "' needs a phase");
    if (conjoint && actor != ActorRole.BOTH) {
      throw new IllegalArgumentException(
          "strategy '" + info.id() + "' is conjoint, so its actor must be both, not " + actor.slug());
    }
  }

  @Override
  public ConceptKind kind() {
    return ConceptKind.REBUILDING_STRATEGY;
  }

  @Override
  public List<ConceptId> references() {
    return List.of(phase);
  }

  /** The info's hash, which is the id's (see {@link ConceptInfo#hashCode()}). */
  @Override
  public int hashCode() {
    return info.hashCode();
  }
}
