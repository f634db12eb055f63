package org.trustatlas.core.safety;

import org.trustatlas.core.internal.Require;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The number to call in an emergency in one region, first in every answer where danger is signalled.
 *
 * @param numbers the main number first, then alternatives, exactly as published
 * @param note how to use it when it matters, such as calling without speaking
 */
public record EmergencyNumber(
    Region region, List<String> numbers, Optional<String> note, String sourceUrl, LocalDate lastVerified,
    Certainty certainty) {

  public EmergencyNumber {
    Objects.requireNonNull(region, "emergency number region must not be null");
    numbers = Require.nonEmpty(numbers, () -> "emergency numbers of " + region).stream().map(String::strip).toList();
    for (String number : numbers) {
      Channel.phone(number);
    }
    note = Require.optional(note, () -> "emergency number note of " + region);
    sourceUrl = Provenance.url(sourceUrl, "emergency number sourceUrl of " + region);
    lastVerified = Provenance.date(lastVerified, "emergency number lastVerified of " + region);
    Objects.requireNonNull(certainty, () -> "emergency number certainty of " + region + " must not be null");
  }

  /** The number to show first. */
  public String primary() {
    return numbers.get(0);
  }

  /** The note to show beside a low-certainty number (verify it at the source); empty when it is confirmed. */
  public Optional<String> verifyNote() {
    return Provenance.verifyNote(certainty, sourceUrl, lastVerified);
  }
}
