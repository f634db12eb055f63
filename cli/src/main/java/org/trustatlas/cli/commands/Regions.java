package org.trustatlas.cli.commands;

import java.util.Locale;
import java.util.Optional;
import org.trustatlas.content.input.Quote;
import org.trustatlas.content.read.Wording;
import org.trustatlas.core.safety.Region;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code --region}: what the reader typed, read by core's {@link Region#recognise} (a code in any
 * case, UK, an alpha-3 code or a country's name). Help is never blocked over a spelling: a region
 * it cannot place becomes the international directory, whose emergency line also lists every
 * country the pack covers, and a command refuses it only when nothing it shows is about danger.
 * Without the option, the system locale's country, or the international directory when the locale
 * names none.
 */
final class Regions implements ITypeConverter<Regions.Choice> {

  /** What {@code --region} said, and the region it names when it names one. */
  record Choice(String given, Optional<Region> region) {

    boolean unrecognised() {
      return region.isEmpty();
    }

    /** As given: picocli prints option values, and a record's own toString is costly on first use. */
    @Override
    public String toString() {
      return given;
    }
  }

  @Override
  public Choice convert(String value) {
    return new Choice(value.strip(), Region.recognise(value));
  }

  /** The region to use: the one given, the international directory for one not recognised, else the locale's. */
  static Region resolve(Choice given) {
    if (given == null) {
      return of(Locale.getDefault());
    }
    return given.region().orElse(Region.INTERNATIONAL);
  }

  /** {@code given}, else the region of the default locale. Kept for callers that hold a region already. */
  static Region orDefault(Region given) {
    return given != null ? given : of(Locale.getDefault());
  }

  /** The locale's country when it is an ISO 3166 code, otherwise {@link Region#INTERNATIONAL}. */
  static Region of(Locale locale) {
    String country = locale.getCountry();
    return Region.isValid(country) ? Region.of(country) : Region.INTERNATIONAL;
  }

  /**
   * The usage error for a region that names no country, for a command whose answer says nothing
   * about danger: the reader can fix the spelling and lose nothing.
   */
  static ParameterException unrecognised(CommandSpec spec, Choice given) {
    String message;
    try {
      Region.of(given.given());
      message = "region " + Quote.of(given.given()) + " is not recognised";
    } catch (IllegalArgumentException invalid) {
      message = invalid.getMessage();
    }
    return new ParameterException(spec.commandLine(), "--region " + message.replaceFirst("^region ", ""));
  }

  /**
   * Where the region came from, said under the emergency number when the reader did not name it, so
   * a wrong guess is noticed; empty when they named it.
   */
  static String note(Wording wording, Choice given, Region used) {
    if (given != null && given.unrecognised()) {
      return wording.unplaced(given.given()) + " --region CC gives yours.";
    }
    if (given != null) {
      return "";
    }
    return used.international()
        ? "Your system names no country, so these are international; --region CC gives your country's."
        : "Region " + used.code() + " is your system's setting; --region CC gives another.";
  }
}
