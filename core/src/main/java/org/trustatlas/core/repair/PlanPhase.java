package org.trustatlas.core.repair;

import java.util.List;
import java.util.Objects;
import org.trustatlas.core.model.ConceptId;

/** A phase of the plan with its steps, in the order to take them. */
public record PlanPhase(ConceptId id, String label, String summary, List<Step> steps) {

  public PlanPhase {
    Objects.requireNonNull(id, "phase id must not be null");
    Objects.requireNonNull(label, "phase label must not be null");
    Objects.requireNonNull(summary, "phase summary must not be null");
    steps = List.copyOf(steps);
  }
}
