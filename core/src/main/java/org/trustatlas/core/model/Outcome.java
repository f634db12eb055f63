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

  /** The info's hash, which is the id's (see {@link ConceptInfo#hashCode()}). */
  @Override
  public int hashCode() {
    return info.hashCode();
  }
}
