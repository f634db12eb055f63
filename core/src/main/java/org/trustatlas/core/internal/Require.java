package org.trustatlas.core.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Argument checks for every value type in core, so each rejects a bad value the same way, with a
 * message that names the field and the bad value.
 */
public final class Require {

  private Require() {}

  /** Non-blank text, stripped. */
  public static String text(String value, String field) {
    return text(value, () -> field);
  }

  /**
   * Non-blank text, stripped; {@code field} names it only if the check fails. Values are checked
   * tens of thousands of times while a pack loads and a plan is written: a name such as
   * {@code "concept 'x' label"} built on every call would cost more than the check.
   */
  public static String text(String value, Supplier<String> field) {
    if (value == null) {
      throw new NullPointerException(field.get() + " must not be null");
    }
    if (value.isBlank()) {
      throw new IllegalArgumentException(field.get() + " must not be blank");
    }
    return value.strip();
  }

  /** Optional text: stripped, and empty when blank. */
  public static Optional<String> optional(Optional<String> value, String field) {
    return optional(value, () -> field);
  }

  public static Optional<String> optional(Optional<String> value, Supplier<String> field) {
    if (value == null) {
      throw new NullPointerException(field.get() + " must not be null; use Optional.empty()");
    }
    return value.map(String::strip).filter(v -> !v.isEmpty());
  }

  /** A lower-kebab-case identifier, such as {@code no-couples-work}. */
  public static String slug(String value, String field) {
    return slug(value, () -> field);
  }

  public static String slug(String value, Supplier<String> field) {
    String slug = text(value, field);
    if (!isSlug(slug)) {
      throw new IllegalArgumentException(field.get() + " " + quoted(slug)
          + " must be lower-kebab-case, such as 'no-couples-work'");
    }
    return slug;
  }

  /** Characters of a bad value a message shows; content-model's {@code Quote} cuts with {@link #shown} too. */
  public static final int MAX_SHOWN_CHARS = 40;

  /**
   * {@code value} as a message may show it: cut to {@link #MAX_SHOWN_CHARS} characters (never inside a
   * surrogate pair) and ended with an ellipsis, so a value sent from outside is never echoed whole.
   */
  public static String shown(@Nullable String value) {
    if (value == null || value.length() <= MAX_SHOWN_CHARS) {
      return String.valueOf(value);
    }
    int end = Character.isHighSurrogate(value.charAt(MAX_SHOWN_CHARS - 1)) ? MAX_SHOWN_CHARS - 1 : MAX_SHOWN_CHARS;
    return value.substring(0, end) + "\u2026";
  }

  /**
   * {@code 'value'} as every error message quotes what was sent: cut as {@link #shown} cuts, with
   * control characters (newline and tab too) and bidirectional controls written as {@code \u202E}.
   * content-model's {@code Quote.of} is this; core's own messages about a reader's values use it.
   */
  public static String quoted(@Nullable String value) {
    return "'" + (value == null ? "" : visible(shown(value))) + "'";
  }

  /**
   * {@code text} with every control character, newline and tab too, and every bidirectional control
   * (U+202A to U+202E, U+2066 to U+2069) written as {@code \u001B}, so nothing quoted can move the
   * words around it. The one implementation; content-model's {@code Quote.visible} calls it.
   */
  public static String visible(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isControl(c) || isBidiControl(c)) {
        if (out == null) {
          out = new StringBuilder(text.length() + 8).append(text, 0, i);
        }
        out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  /**
   * A control character: C0 (newline and tab too), DEL, and C1 (U+0080 to U+009F, which hold CSI).
   * The one test; content-model's {@code Quote.isControl} is this less newline and tab.
   */
  public static boolean isControl(char c) {
    return c < 0x20 || c >= 0x7F && c <= 0x9F;
  }

  /**
   * A bidirectional embedding, override or isolate (U+202A to U+202E, U+2066 to U+2069): it reorders
   * the text after it on screen, the rest of a message quoting it too. The one test.
   */
  public static boolean isBidiControl(char c) {
    return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
  }

  /** The longest slug (a concept id, a rule id) that packs may use. */
  public static final int MAX_SLUG_LENGTH = 64;

  /**
   * Whether {@code value} is a lower-kebab slug of 1 to {@link #MAX_SLUG_LENGTH} characters: a-z,
   * 0-9 and single inner hyphens. {@code null} is not.
   */
  public static boolean isSlug(@Nullable String value) {
    if (value == null || value.isEmpty() || value.length() > MAX_SLUG_LENGTH) {
      return false;
    }
    // A loop, not a regex: slugs are checked thousands of times while a CLI starts, and the regex
    // engine's first use costs more than the whole check. ValueTypesTest holds the rule as a pattern
    // and checks this loop against it.
    char previous = '-';
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean alphanumeric = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (!alphanumeric && (c != '-' || previous == '-')) {
        return false;
      }
      previous = c;
    }
    return previous != '-';
  }

  /** An unmodifiable copy without nulls. */
  public static <T> List<T> list(List<T> values, String field) {
    return list(values, () -> field);
  }

  public static <T> List<T> list(List<T> values, Supplier<String> field) {
    if (values == null) {
      throw new NullPointerException(field.get() + " must not be null");
    }
    for (T value : values) {
      if (value == null) {
        throw new NullPointerException(field.get() + " must not contain null");
      }
    }
    return List.copyOf(values);
  }

  public static <T> List<T> nonEmpty(List<T> values, String field) {
    return nonEmpty(values, () -> field);
  }

  public static <T> List<T> nonEmpty(List<T> values, Supplier<String> field) {
    List<T> copy = list(values, field);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException(field.get() + " must not be empty");
    }
    return copy;
  }

  public static <T> T present(T value, String field) {
    return present(value, () -> field);
  }

  public static <T> T present(T value, Supplier<String> field) {
    if (value == null) {
      throw new NullPointerException(field.get() + " must not be null");
    }
    return value;
  }

  /** A value in [0, 1]. */
  public static double unit(double value, String field) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(field + " " + value + " must be between 0 and 1");
    }
    return value;
  }

  /** A value in (0, 1]: a size of zero would make an event that does nothing. */
  public static double positiveUnit(double value, String field) {
    if (!(value > 0 && value <= 1)) {
      throw new IllegalArgumentException(field + " " + value + " must be greater than 0 and at most 1");
    }
    return value;
  }

  public static int atLeastOne(int value, String field) {
    if (value < 1) {
      throw new IllegalArgumentException(field + " " + value + " must be 1 or more");
    }
    return value;
  }
}
