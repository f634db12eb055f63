package org.trustatlas.core.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.trustatlas.core.internal.Require;

/**
 * A concept's stable identifier: a lower-kebab slug such as {@code couples-therapy}. Ids are API:
 * front ends link to them and packs reference them, so they never change meaning.
 */
public record ConceptId(String value) implements Comparable<ConceptId> {

  static final int MAX_LENGTH = Require.MAX_SLUG_LENGTH;

  public ConceptId {
    Objects.requireNonNull(value, "concept id must not be null");
    if (!isValid(value)) {
      throw new IllegalArgumentException(
          "concept id " + Require.quoted(value) + " must be lower-kebab-case (a-z, 0-9, single hyphens), 1-"
              + MAX_LENGTH + " characters");
    }
  }

  /**
   * The id spelt {@code value}; a value that is no lower-kebab slug throws {@code IllegalArgumentException}
   * saying why.
   */
  public static ConceptId of(String value) {
    return new ConceptId(value);
  }

  /** Whether {@code value} would make a valid id; lets callers report bad input without exceptions. */
  public static boolean isValid(@Nullable String value) {
    return Require.isSlug(value);
  }

  @Override
  public int compareTo(ConceptId other) {
    return value.compareTo(other.value);
  }

  // Hand-written: the generated record methods bootstrap through invokedynamic on first use, which a
  // command line start pays for on every run.
  @Override
  public boolean equals(Object other) {
    return other instanceof ConceptId that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
