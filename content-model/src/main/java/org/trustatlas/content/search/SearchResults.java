package org.trustatlas.content.search;

import java.util.List;
import java.util.Objects;
import org.trustatlas.content.danger.DangerMatch;
import org.trustatlas.core.safety.SafetyBlock;

/**
 * What a search found, in the order to show it: the danger recognised in the reader's words (most
 * specific first), the safety block (with danger recognised, it leads with the emergency number and
 * the right services; otherwise it is the emergency number alone, shown after the hits), then the
 * concepts, best first.
 */
public record SearchResults(String query, List<DangerMatch> danger, SafetyBlock safety, List<SearchHit> hits) {

  public SearchResults {
    Objects.requireNonNull(query, "query must not be null");
    danger = List.copyOf(danger);
    Objects.requireNonNull(safety, "safety must not be null");
    hits = List.copyOf(hits);
  }

  public boolean isEmpty() {
    return hits.isEmpty();
  }

  /** Whether the reader's words signal danger: the safety block then comes before everything. */
  public boolean dangerRecognised() {
    return !danger.isEmpty();
  }
}
