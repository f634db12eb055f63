package org.trustatlas.content.search;

import java.util.List;

/** The concepts a query found, best first. */
public record SearchResults(String query, List<SearchHit> hits) {

  public SearchResults {
    hits = List.copyOf(hits);
  }

  public boolean isEmpty() {
    return hits.isEmpty();
  }
}
