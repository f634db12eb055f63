package org.trustatlas.core.model;

import java.util.List;
import java.util.Objects;

/** Argument checks shared by the value types, so every message names the field and the bad value. */
final class Text {

  private Text() {}

  static String required(String value, String field) {
    Objects.requireNonNull(value, field + " must not be null");
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return value.strip();
  }

  static <T> List<T> list(List<T> values, String field) {
    Objects.requireNonNull(values, field + " must not be null");
    for (T value : values) {
      Objects.requireNonNull(value, field + " must not contain null");
    }
    return List.copyOf(values);
  }
}
