package org.trustatlas.core.repair;

import java.util.List;
import java.util.Objects;
import org.trustatlas.core.model.ConceptId;

/** Something repair needs but that does not guarantee it, such as time. */
public record RequirementItem(ConceptId id, String label, String summary, List<Quote> sentences) {

  public RequirementItem {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(label, "label must not be null");
    Objects.requireNonNull(summary, "summary must not be null");
    sentences = List.copyOf(sentences);
  }
}
