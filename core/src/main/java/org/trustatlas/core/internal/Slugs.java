package org.trustatlas.core.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Enum constants written the way packs, the CLI and the API spell them: {@code HURT_PARTNER} is
 * {@code hurt-partner}. One place, so every front end accepts and prints the same words.
 */
public final class Slugs {

  private Slugs() {}

  public static String of(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String slug) {
    if (slug == null) {
      return Optional.empty();
    }
    String name = slug.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(name)).findFirst();
  }

  /** All slugs of an enum, comma separated, for error messages that list what would be valid. */
  public static <E extends Enum<E>> String all(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Slugs::of).collect(Collectors.joining(", "));
  }
}
