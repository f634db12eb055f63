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

  public int length() {
    return steps.size();
  }

  public ConceptId start() {
    return steps.get(0).from();
  }

  public ConceptId end() {
    return steps.get(steps.size() - 1).to();
  }
}
