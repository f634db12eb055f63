package org.trustatlas.content.danger;

import java.util.Objects;

/**
 * A danger category recognised in a reader's words, with the pack phrase that matched and its
 * length in words: the longer the phrase, the more specific the match.
 */
public record DangerMatch(DangerCategory category, String phrase, int words) {

  public DangerMatch {
    Objects.requireNonNull(category, "category must not be null");
    Objects.requireNonNull(phrase, "phrase must not be null");
  }
}
