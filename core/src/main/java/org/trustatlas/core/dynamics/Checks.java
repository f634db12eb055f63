package org.trustatlas.core.dynamics;

import java.util.Objects;

/** Argument checks shared by the records here, so every message names the field and the bad value. */
final class Checks {

  private Checks() {}

  /** A value in [0, 1]. */
  static double unit(double value, String field) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(field + " " + value + " must be between 0 and 1");
    }
    return value;
  }

  /** A value in (0, 1]: a size of zero would make an event that does nothing. */
  static double positiveUnit(double value, String field) {
    if (!(value > 0 && value <= 1)) {
      throw new IllegalArgumentException(field + " " + value + " must be greater than 0 and at most 1");
    }
    return value;
  }

  static int atLeastOne(int value, String field) {
    if (value < 1) {
      throw new IllegalArgumentException(field + " " + value + " must be 1 or more");
    }
    return value;
  }

  /** Non-blank text, stripped. */
  static String text(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return value.strip();
  }

  static <T> T present(T value, String field) {
    return Objects.requireNonNull(value, field + " must not be null");
  }
}
