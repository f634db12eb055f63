package org.trustatlas.core.safety;

import static org.trustatlas.core.safety.ResourcesFixture.CHECKED;

import java.util.List;
import java.util.Optional;

/** The emergency numbers of the bundled directory, one per region plus the international fallback. */
final class EmergencyNumbersFixture {

  private EmergencyNumbersFixture() {}

  static List<EmergencyNumber> numbers() {
    return List.of(
        number("US", List.of("911"), null, "https://www.fcc.gov/consumer-information", Certainty.HIGH),
        number("CA", List.of("911"), null,
            "https://www.gov.uk/government/publications/canada-information-for-victims-of-rape-and-sexual-assault/"
                + "canada-information-for-victims-of-rape-and-sexual-assault", Certainty.HIGH),
        number("GB", List.of("999"), "If you cannot speak, call 999 from a mobile and press 55 when prompted "
            + "(the Silent Solution).", "https://www.centre56.org.uk/domestic-abuse", Certainty.MEDIUM),
        number("AU", List.of("000"), null, "https://plan4womenssafety.dss.gov.au/initiatives/1800respect",
            Certainty.HIGH),
        number("INTL", List.of("112"), "The emergency number depends on the country you are in. 112 reaches "
            + "emergency services across the EU and on GSM mobile networks in many other countries; if it does "
            + "not work, use your local number.", "https://www.112.hu/en/112_in_the_EU", Certainty.MEDIUM));
  }

  private static EmergencyNumber number(String region, List<String> numbers, String note, String sourceUrl,
      Certainty certainty) {
    return new EmergencyNumber(Region.of(region), numbers, Optional.ofNullable(note), sourceUrl, CHECKED, certainty);
  }
}
