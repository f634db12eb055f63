package org.trustatlas.content.danger;

import java.util.Objects;
import java.util.Set;

/**
 * A danger category recognised in a reader's words, with the pack phrase that matched, its length in
 * words (the longer the phrase, the more specific the match) and the stems of the reader's words it
 * matched, which search then leaves to the category's concepts.
 */
public record DangerMatch(DangerCategory category, String phrase, int words, Set<String> stems) {

  public DangerMatch {
    Objects.requireNonNull(category, "category must not be null");
    Objects.requireNonNull(phrase, "phrase must not be null");
    stems = Set.copyOf(stems);
  }
}
