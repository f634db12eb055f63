package org.trustatlas.web.pages;

import java.util.Locale;
import java.util.Set;
import org.trustatlas.core.safety.Region;

/** Where a reader probably is, for the default of a region choice: never stored, always changeable. */
final class Regions {

  private Regions() {}

  /** The first region named in {@code Accept-Language} that {@code listed} has, else the international directory. */
  static Region fromLanguage(String acceptLanguage, Set<Region> listed) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return Region.INTERNATIONAL;
    }
    try {
      for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
        String country = Locale.forLanguageTag(range.getRange()).getCountry();
        if (Region.isValid(country) && listed.contains(Region.of(country))) {
          return Region.of(country);
        }
      }
    } catch (IllegalArgumentException malformed) {
      // an unreadable header says nothing about where the reader is
    }
    return Region.INTERNATIONAL;
  }
}
