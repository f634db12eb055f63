package org.trustatlas.core.model;

import java.util.Objects;

/**
 * A typed, cited edge between two concepts: "infidelity undermines faith (S10)". Whether its kinds
 * fit is checked by the {@link Atlas} that holds it, which knows the concepts at both ends.
 */
public record Relation(RelationKind kind, ConceptId from, ConceptId to, Citations citations) {

  public Relation {
    Objects.requireNonNull(kind, "relation kind must not be null");
    Objects.requireNonNull(from, "relation source must not be null");
    Objects.requireNonNull(to, "relation target must not be null");
    Objects.requireNonNull(citations, "relation citations must not be null");
    if (from.equals(to)) {
      throw new IllegalArgumentException("relation " + kind.slug() + " joins '" + from + "' to itself");
    }
  }

  /**
   * A relation of any kind between two concept ids given as text; whether the kind may join those concepts is
   * checked when the atlas is built.
   */
  public static Relation of(RelationKind kind, String from, String to, Citations citations) {
    return new Relation(kind, ConceptId.of(from), ConceptId.of(to), citations);
  }

  /** {@code from} builds {@code to}, as a practice builds a dimension of trust. */
  public static Relation builds(String from, String to, Citations citations) {
    return of(RelationKind.BUILDS, from, to, citations);
  }

  /** {@code from} undermines {@code to}, as a challenge undermines trust. */
  public static Relation undermines(String from, String to, Citations citations) {
    return of(RelationKind.UNDERMINES, from, to, citations);
  }

  /** {@code from} restores {@code to}, as a rebuilding strategy restores trust. */
  public static Relation restores(String from, String to, Citations citations) {
    return of(RelationKind.RESTORES, from, to, citations);
  }

  /** The concept at the other end, seen from {@code end}. */
  public ConceptId other(ConceptId end) {
    return end.equals(from) ? to : from;
  }

  @Override
  public String toString() {
    return from + " " + kind.forwardPhrase() + " " + to;
  }
}
