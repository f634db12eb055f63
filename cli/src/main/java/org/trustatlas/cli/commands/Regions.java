package org.trustatlas.cli.commands;

import java.util.Locale;
import org.trustatlas.core.safety.Region;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --region CC}: an ISO 3166 country code or {@code INTL}, checked by core's {@link Region}
 * (whose error names the bad code, suggests GB for UK and says what is valid). Without the option,
 * the system locale's country, or the international directory when the locale names none.
 */
final class Regions implements ITypeConverter<Region> {

  @Override
  public Region convert(String value) {
    try {
      return Region.of(value);
    } catch (IllegalArgumentException invalid) {
      throw new TypeConversionException(invalid.getMessage());
    }
  }

  /** {@code given}, else the region of the default locale. */
  static Region orDefault(Region given) {
    return given != null ? given : of(Locale.getDefault());
  }

  /** The locale's country when it is an ISO 3166 code, otherwise {@link Region#INTERNATIONAL}. */
  static Region of(Locale locale) {
    String country = locale.getCountry();
    return Region.isValid(country) ? Region.of(country) : Region.INTERNATIONAL;
  }

  /**
   * Where the region came from, said under the emergency number when the reader did not give one, so
   * a wrong guess is noticed; empty when they gave it.
   */
  static String note(Region given, Region used) {
    if (given != null) {
      return "";
    }
    return used.international()
        ? "Your system names no country, so these are international; --region CC gives your country's."
        : "Region " + used.code() + " is your system's setting; --region CC gives another.";
  }

  /** "United States" for US, "international" for INTL: how the emergency line names the region. */
  static String name(Region region) {
    if (region.international()) {
      return "international";
    }
    String name = new Locale("", region.code()).getDisplayCountry(Locale.ENGLISH);
    return name.isBlank() ? region.code() : name;
  }
}
