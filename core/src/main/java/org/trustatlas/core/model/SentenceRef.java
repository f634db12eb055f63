package org.trustatlas.core.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A canonical sentence of the article, {@code S01} to {@code S99}; the atlas quotes only by id. */
public record SentenceRef(String id) implements Comparable<SentenceRef> {

  public SentenceRef {
    Objects.requireNonNull(id, "sentence id must not be null");
    if (!isValid(id)) {
      throw new IllegalArgumentException(
          "sentence id '" + id + "' must be 'S' followed by two digits, such as S01");
    }
  }

  /**
   * The sentence id {@code S01} to {@code S99}; any other text throws {@code IllegalArgumentException} saying
   * the form.
   */
  public static SentenceRef of(String id) {
    return new SentenceRef(id);
  }

  /**
   * Whether {@code id} would make a sentence id; {@code null} does not. Lets callers report bad input without
   * exceptions.
   */
  public static boolean isValid(@Nullable String id) {
    // A character check, not a regex, for the start-up reason Require.isSlug gives.
    return id != null && id.length() == 3 && id.charAt(0) == 'S'
        && id.charAt(1) >= '0' && id.charAt(1) <= '9' && id.charAt(2) >= '0' && id.charAt(2) <= '9' && !id.equals("S00");
  }

  /** The sentence's position in the article, starting at 1. */
  public int number() {
    // From the two digits isValid checked: no substring, since atlases read it per citation.
    return (id.charAt(1) - '0') * 10 + id.charAt(2) - '0';
  }

  @Override
  public int compareTo(SentenceRef other) {
    return id.compareTo(other.id);
  }

  // Hand-written: the generated record methods bootstrap through invokedynamic on first use, which a
  // command line start pays for on every run.
  @Override
  public boolean equals(Object other) {
    return other instanceof SentenceRef that && id.equals(that.id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return id;
  }
}
