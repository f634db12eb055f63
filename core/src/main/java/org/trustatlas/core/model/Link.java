package org.trustatlas.core.model;

/**
 * One relation seen from one of its ends: the edge, the concept at the far end, and which way it
 * points. Front ends render it as "builds: predictability" or "undermined by: infidelity".
 */
public record Link(Relation relation, Concept other, Direction direction) {

  /** How the edge reads from the near end. */
  public String phrase() {
    return direction == Direction.INCOMING ? relation.kind().backwardPhrase() : relation.kind().forwardPhrase();
  }
}
