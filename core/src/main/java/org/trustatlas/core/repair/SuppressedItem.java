package org.trustatlas.core.repair;

import java.util.Objects;
import org.trustatlas.core.model.ConceptId;

/** Something the plan left out, the safety rule that did it, and the reason in the reader's words. */
public record SuppressedItem(ConceptId id, String label, String ruleId, String reason) {

  public SuppressedItem {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(label, "label must not be null");
    Objects.requireNonNull(ruleId, "rule id must not be null");
    Objects.requireNonNull(reason, "reason must not be null");
  }
}
