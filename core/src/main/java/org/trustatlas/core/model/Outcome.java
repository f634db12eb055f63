package org.trustatlas.core.model;

import java.util.Objects;

/**
 * Where repair can end.
 *
 * @param optional true for outcomes no one may be asked to reach, such as forgiveness: a plan lists
 *     them as possible, never as required
 */
public record Outcome(ConceptInfo info, boolean optional) implements Concept {

  public Outcome {
    Objects.requireNonNull(info, "info must not be null");
  }

  @Override
  public ConceptKind kind() {
    return ConceptKind.OUTCOME;
  }
}
