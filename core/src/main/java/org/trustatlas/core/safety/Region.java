package org.trustatlas.core.safety;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.trustatlas.core.internal.Require;

/**
 * Where a reader is, for local services and the emergency number: an ISO 3166 alpha-2 country
 * code such as {@code GB}, or {@code INTL} when unknown, which selects the international directory.
 *
 * <p>The constructor takes a code exactly as written, for pack files, where "UK" is a mistake to
 * fix. What a reader types goes through {@link #of} or {@link #recognise}, which never stand
 * between a reader and help over a spelling: "UK", "gbr", "United Kingdom" and "Scotland" all
 * mean GB.
 */
public record Region(String code) {

  public static final Region INTERNATIONAL = new Region("INTL");

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  public Region {
    Objects.requireNonNull(code, "region must not be null");
    if (!isValid(code)) {
      throw new IllegalArgumentException("region " + Require.quoted(code) + " is not an ISO 3166 alpha-2 country code"
          + recognise(code).map(r -> "; did you mean '" + r.code() + "'?").orElse("")
          + "; use a code such as US, CA, GB, AU, or INTL for the international directory");
    }
  }

  /**
   * What a reader typed, in any case: an alpha-2 or alpha-3 code, "UK", INTL, or a country's
   * common English name.
   *
   * @throws IllegalArgumentException naming the value and the accepted forms when nothing matches
   */
  public static Region of(String text) {
    Objects.requireNonNull(text, "region must not be null");
    return recognise(text).orElseThrow(() -> new IllegalArgumentException("region " + Require.quoted(text.strip())
        + " is not a country we recognise; use an ISO 3166 code such as US, CA, GB, AU, a country's name, "
        + "or INTL for the international directory"));
  }

  /** {@link #of}, or empty when the text names no country, so a caller can fall back instead of failing. */
  public static Optional<Region> recognise(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String code = text.strip().toUpperCase(Locale.ROOT);
    if (isValid(code)) {
      return Optional.of(new Region(code));
    }
    return Optional.ofNullable(Names.BY_KEY.get(key(text))).map(Region::new);
  }

  /** Whether {@code code} is an ISO 3166 code the atlas knows, or {@code INTL}; {@code null} is not. */
  public static boolean isValid(@Nullable String code) {
    return code != null && (code.equals("INTL") || COUNTRIES.contains(code));
  }

  /** Whether this is the international directory rather than one country. */
  public boolean international() {
    return equals(INTERNATIONAL);
  }

  /** Lower case, accents and punctuation gone, spaces single: "U.S.A." and "usa" meet. */
  private static String key(String text) {
    String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", "").replaceAll("\\s+", " ").strip()
        .replaceFirst("^the ", "");
  }

  // Alpha-3 codes and English names of every country, plus the names readers use that ISO does not:
  // UK is reserved in ISO 3166 but is what most people in Great Britain write.
  // Built on the first name a reader types, not when the class loads: every pack read makes regions,
  // and the JDK's display names for 250 countries cost a command line run tens of milliseconds.
  private static final class Names {
    static final Map<String, String> BY_KEY = names();
  }

  private static Map<String, String> names() {
    Map<String, String> names = new HashMap<>();
    for (String country : COUNTRIES) {
      Locale locale = new Locale("", country);
      names.put(key(CountryNames.of(country)), country);
      try {
        names.put(key(locale.getISO3Country()), country);
      } catch (MissingResourceException noAlpha3) {
        // a few reserved codes have no alpha-3 form; their name still maps
      }
    }
    Map.of("uk", "GB", "united kingdom", "GB", "great britain", "GB", "britain", "GB", "england", "GB",
        "scotland", "GB", "wales", "GB", "northern ireland", "GB").forEach(names::put);
    Map.of("usa", "US", "america", "US", "united states of america", "US", "us of a", "US",
        "international", "INTL").forEach(names::put);
    // The JDK already knows New Zealand, Ireland and India; these are the other names people there write.
    Map.of("aotearoa", "NZ", "aotearoa new zealand", "NZ", "republic of ireland", "IE", "eire", "IE",
        "bharat", "IN").forEach(names::put);
    return Map.copyOf(names);
  }

  // Hand-written: the directory keys its emergency numbers by region, and the generated record
  // methods bootstrap a chain of method handles on first use, which every command line run pays.
  @Override
  public boolean equals(Object other) {
    return other instanceof Region that && code.equals(that.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  @Override
  public String toString() {
    return code;
  }
}
