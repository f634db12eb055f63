package org.trustatlas.core.repair;

import java.util.List;
import java.util.Objects;
import org.trustatlas.core.model.ConceptId;
import org.trustatlas.core.safety.Notice;

/**
 * Where this repair can end. Separation is as valid an ending as renewed trust; an optional outcome
 * such as forgiveness is listed as possible, never as required.
 */
public record OutcomeItem(
    ConceptId id, String label, String summary, boolean optional, List<Notice> caveats, List<Quote> sentences) {

  public OutcomeItem {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(label, "label must not be null");
    Objects.requireNonNull(summary, "summary must not be null");
    caveats = List.copyOf(caveats);
    sentences = List.copyOf(sentences);
  }
}
