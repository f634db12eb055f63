package org.trustatlas.core.model;

import java.util.List;

/** A chain of relations from one concept to another, each step's target the next step's source. */
public record RelationPath(List<Relation> steps) {

  public RelationPath {
    steps = List.copyOf(steps);
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("a path has at least one step");
    }
  }

  /** How many relations the path follows. */
  public int length() {
    return steps.size();
  }

  /** The concept the path starts from. */
  public ConceptId start() {
    return steps.get(0).from();
  }

  /** The concept the path arrives at. */
  public ConceptId end() {
    return steps.get(steps.size() - 1).to();
  }
}
