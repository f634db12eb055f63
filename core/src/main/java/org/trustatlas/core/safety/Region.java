package org.trustatlas.core.safety;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Where a reader is, for local services and the emergency number: an ISO 3166 alpha-2 country
 * code such as {@code GB}, or {@code INTL} when unknown, which selects the international directory.
 */
public record Region(String code) {

  public static final Region INTERNATIONAL = new Region("INTL");

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  public Region {
    Objects.requireNonNull(code, "region must not be null");
    if (!isValid(code)) {
      throw new IllegalArgumentException("region '" + code + "' is not an ISO 3166 alpha-2 country code"
          + hint(code) + "; use a code such as US, CA, GB, AU, or INTL for the international directory");
    }
  }

  /** Accepts any case and surrounding spaces: {@code " gb"} is {@code GB}. */
  public static Region of(String code) {
    Objects.requireNonNull(code, "region must not be null");
    return new Region(code.strip().toUpperCase(Locale.ROOT));
  }

  public static boolean isValid(String code) {
    return code != null && (code.equals("INTL") || COUNTRIES.contains(code));
  }

  public boolean international() {
    return equals(INTERNATIONAL);
  }

  /**
   * The alpha-2 code a reader most likely meant: GB for the common slip "UK" (ISO reserves it), and
   * the country for an alpha-3 code such as "USA" or "GBR".
   */
  private static String hint(String code) {
    String wanted = code.strip().toUpperCase(Locale.ROOT);
    if (wanted.equals("UK")) {
      return "; did you mean 'GB'?";
    }
    if (wanted.length() == 3) {
      for (String country : COUNTRIES) {
        if (new Locale("", country).getISO3Country().equals(wanted)) {
          return "; did you mean '" + country + "'?";
        }
      }
    }
    return "";
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
