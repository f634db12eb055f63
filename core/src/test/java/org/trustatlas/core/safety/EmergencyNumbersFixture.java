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
        number("CA", List.of("911"), null, "https://www.alberta.ca/what-to-expect-when-calling-911", Certainty.MEDIUM)
            .read(ResourcesFixture.READ),
        number("GB", List.of("999"), "If you cannot speak, call 999 from a mobile and press 55 when prompted "
            + "(the Silent Solution).",
            "https://www.iow.gov.uk/housing-and-adult-social-care/adult-social-care/adult-safeguarding/immediate-danger/",
            Certainty.MEDIUM).read(ResourcesFixture.READ),
        number("AU", List.of("000"), null, "https://plan4womenssafety.dss.gov.au/initiatives/1800respect",
            Certainty.HIGH),
        // Read on stored copies of official pages, not live: medium until someone reads them live.
        number("NZ", List.of("111"), null, "https://www.police.govt.nz/contact-us/calling-emergency-111",
            Certainty.MEDIUM).read(ResourcesFixture.READ),
        number("IE", List.of("112", "999"), "Both numbers reach the same emergency services, free of charge.",
            "https://www2.hse.ie/emergencies/when-to-call-112-or-999/", Certainty.MEDIUM).read(ResourcesFixture.READ),
        number("IN", List.of("112"), "112 has been brought in state by state; if it does not connect where you are, "
            + "use the local police, fire or ambulance number.",
            "https://en.vikaspedia.in/social-welfare/women-and-child-development/emergency-response-support-system",
            Certainty.MEDIUM).read(ResourcesFixture.READ),
        number("ZA", List.of("10111"), "10111 reaches the police.", "https://www.saps.gov.za/services/cc_10111.php",
            Certainty.MEDIUM).read(ResourcesFixture.READ),
        number("SG", List.of("999"), "999 reaches the police.",
            "https://www.police.gov.sg/news-and-publications/features/The%20Line%20Between%20Life%20and%20Death",
            Certainty.MEDIUM).read(ResourcesFixture.READ),
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
