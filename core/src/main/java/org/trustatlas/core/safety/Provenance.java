package org.trustatlas.core.safety;

import org.trustatlas.core.internal.Require;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** Checks and wording shared by everything that carries a source, a date and a certainty. */
final class Provenance {

  private Provenance() {}

  static String url(String value, String field) {
    String url = Require.text(value, field);
    if (!url.startsWith("https://") && !url.startsWith("http://")) {
      throw new IllegalArgumentException(field + " '" + url + "' must be an http(s) address");
    }
    return url;
  }

  static LocalDate date(LocalDate value, String field) {
    return Objects.requireNonNull(value, () -> field + " must not be null");
  }

  /** The note a front end must show next to a low-certainty contact detail. */
  static Optional<String> verifyNote(Certainty certainty, String sourceUrl, LocalDate lastVerified) {
    if (certainty != Certainty.LOW) {
      return Optional.empty();
    }
    return Optional.of("Not confirmed from an official source (last checked " + lastVerified
        + "): verify this on the service's own website before relying on it. Source: " + sourceUrl);
  }
}
