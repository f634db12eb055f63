package org.trustatlas.core.safety;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.trustatlas.core.model.ConceptId;

/** Argument checks whose messages name the field and the bad value. */
final class Texts {

  private Texts() {}

  static String required(String value, String field) {
    Objects.requireNonNull(value, field + " must not be null");
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return value.strip();
  }

  static Optional<String> optional(Optional<String> value, String field) {
    Objects.requireNonNull(value, field + " must not be null; use Optional.empty()");
    return value.map(String::strip).filter(v -> !v.isEmpty());
  }

  static String slug(String value, String field) {
    String slug = required(value, field);
    if (!ConceptId.isValid(slug)) {
      throw new IllegalArgumentException(field + " '" + slug + "' must be lower-kebab-case, such as 'no-couples-work'");
    }
    return slug;
  }

  static <T> List<T> list(List<T> values, String field) {
    Objects.requireNonNull(values, field + " must not be null");
    for (T value : values) {
      Objects.requireNonNull(value, field + " must not contain null");
    }
    return List.copyOf(values);
  }

  static <T> List<T> nonEmpty(List<T> values, String field) {
    List<T> copy = list(values, field);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException(field + " must not be empty");
    }
    return copy;
  }
}
