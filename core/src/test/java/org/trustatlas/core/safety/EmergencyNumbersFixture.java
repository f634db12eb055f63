package org.trustatlas.core.safety;

import static org.trustatlas.core.safety.ResourcesFixture.CHECKED;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The emergency numbers of the bundled directory, one per region plus the international fallback. */
final class EmergencyNumbersFixture {

  private EmergencyNumbersFixture() {}

  static List<EmergencyNumber> numbers() {
    return Stream.of(
        number("US", List.of("911"), null, "https://www.fcc.gov/consumer-information", Certainty.HIGH),
        number("CA", List.of("911"), null,
            "https://www.gov.uk/government/publications/canada-information-for-victims-of-rape-and-sexual-assault/"
                + "canada-information-for-victims-of-rape-and-sexual-assault", Certainty.HIGH),
        number("GB", List.of("999"), "If you cannot speak, call 999 from a mobile and press 55 when prompted "
            + "(the Silent Solution).",
            "https://www.finance-ni.gov.uk/articles/stay-home-does-not-mean-suffer-home-domestic-abuse-during-covid-19",
            Certainty.HIGH).read(ResourcesFixture.READ),
        number("AU", List.of("000"), null, "https://plan4womenssafety.dss.gov.au/initiatives/1800respect",
            Certainty.HIGH),
        number("INTL", List.of("112"), "The emergency number depends on the country you are in. 112 reaches "
            + "emergency services across the EU and on GSM mobile networks in many other countries; if it does "
            + "not work, use your local number.", "https://www.112.hu/en/112_in_the_EU", Certainty.MEDIUM))
        .map(Number::entry).toList();
  }

  private static Number number(String region, List<String> numbers, String note, String sourceUrl,
      Certainty certainty) {
    return new Number(new EmergencyNumber(Region.of(region), numbers, Optional.ofNullable(note), sourceUrl, CHECKED,
        certainty));
  }

  /** An entry first read on CHECKED; {@link #read} moves the date for one re-read later. */
  private record Number(EmergencyNumber entry) {
    Number read(java.time.LocalDate date) {
      return new Number(new EmergencyNumber(entry.region(), entry.numbers(), entry.note(), entry.sourceUrl(), date,
          entry.certainty()));
    }
  }
}
