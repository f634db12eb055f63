package org.trustatlas.web.pages;

import java.util.Locale;

/** Turns slugs into words a reader sees: {@code trust-dimension} is "Trust dimension". */
final class Words {

  private Words() {}

  static String sentenceCase(String slug) {
    String words = slug.replace('-', ' ');
    return words.isEmpty() ? words : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
  }

  static String of(Enum<?> constant) {
    return sentenceCase(constant.name().toLowerCase(Locale.ROOT).replace('_', '-'));
  }
}
