package org.trustatlas.core.model;

import java.util.Objects;

/** Something people do in reaction to a breach. Maladaptive ones are described, never advised. */
public record ReactiveBehavior(ConceptInfo info, Valence valence) implements Concept {

  public ReactiveBehavior {
    Objects.requireNonNull(info, "info must not be null");
    Objects.requireNonNull(valence, () -> "reactive behaviour '" + info.id() + "' needs a valence");
  }

  @Override
  public ConceptKind kind() {
    return ConceptKind.REACTIVE_BEHAVIOR;
  }

  /** The info's hash, which is the id's (see {@link ConceptInfo#hashCode()}). */
  @Override
  public int hashCode() {
    return info.hashCode();
  }
}
