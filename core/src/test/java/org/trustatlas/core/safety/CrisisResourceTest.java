package org.trustatlas.core.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CrisisResourceTest {

  private static CrisisResource line(Certainty certainty, Channel channel) {
    return new CrisisResource("some-line", "Some line", Region.of("GB"), Optional.empty(), List.of(),
        List.of(ServiceType.DOMESTIC_VIOLENCE), List.of(channel), "24 hours", "Anyone", "https://example.org/source",
        LocalDate.of(2026, 11, 24), certainty);
  }

  private static CrisisResource tagged(List<AudienceTag> tags, ServiceType... types) {
    return new CrisisResource("some-line", "Some line", Region.of("GB"), Optional.empty(), tags, List.of(types),
        List.of(Channel.phone("0808 000 0000")), "24 hours", "Anyone", "https://example.org/source",
        LocalDate.of(2026, 11, 24), Certainty.HIGH);
  }

  @Test
  void aPreventionLineIsNeverNamedAsOneForPeopleWhoHaveHurtSomeone() {
    // A partner worried about someone close is listed it too; "for people who have hurt someone" takes them for the one.
    assertThat(tagged(List.of(AudienceTag.USING_HARM), ServiceType.CHILD_SEXUAL_ABUSE_PREVENTION).namedGroups())
        .isEmpty();
    assertThat(tagged(List.of(AudienceTag.USING_HARM, AudienceTag.MEN), ServiceType.CHILD_SEXUAL_ABUSE_PREVENTION)
        .namedGroups()).containsExactly(AudienceTag.MEN);
    assertThat(tagged(List.of(AudienceTag.USING_HARM), ServiceType.BEHAVIOUR_CHANGE).namedGroups())
        .containsExactly(AudienceTag.USING_HARM);
  }

  @Test
  void aLowCertaintyServiceAlwaysCarriesAVerifyNote() {
    CrisisResource recalled = line(Certainty.LOW, Channel.phone("0808 000 0000"));
    assertThat(recalled.verifyNote()).hasValueSatisfying(note -> assertThat(note)
        .contains("verify").contains("2026-11-24").contains("https://example.org/source"));
  }

  @Test
  void aLowCertaintyChannelOfAConfirmedServiceAlsoCarriesOne() {
    CrisisResource resource = line(Certainty.HIGH, Channel.phone("0808 000 0000").withCertainty(Certainty.LOW));
    assertThat(resource.lowestCertainty()).isEqualTo(Certainty.LOW);
    assertThat(resource.verifyNote()).isPresent();
  }

  @Test
  void highAndMediumCertaintyNeedNoVerifyNote() {
    assertThat(line(Certainty.HIGH, Channel.phone("999")).verifyNote()).isEmpty();
    assertThat(line(Certainty.MEDIUM, Channel.phone("999")).verifyNote()).isEmpty();
  }

  @Test
  void anAreaIsAnIso31662CodeInsideTheServicesRegion() {
    assertThatThrownBy(() -> new ServiceArea("Scotland", "Scotland")).hasMessageContaining("ISO 3166-2");
    assertThatThrownBy(() -> new CrisisResource("x", "X", Region.of("CA"),
        Optional.of(new ServiceArea("GB-SCT", "Scotland")), List.of(), List.of(ServiceType.DOMESTIC_VIOLENCE),
        List.of(Channel.phone("0800 027 1234")), "24 hours", "Anyone", "https://e.org", LocalDate.of(2026, 1, 1),
        Certainty.HIGH))
        .hasMessageContaining("area GB-SCT is not in region CA");
  }

  @Test
  void servicesForEveryoneComeBeforeThoseForOneAreaOrOneGroup() {
    CrisisResource everyone = line(Certainty.HIGH, Channel.phone("999"));
    CrisisResource scotland = new CrisisResource("scotland", "S", Region.of("GB"),
        Optional.of(new ServiceArea("GB-SCT", "Scotland")), List.of(), List.of(ServiceType.DOMESTIC_VIOLENCE),
        List.of(Channel.phone("1")), "24 hours", "Anyone", "https://e.org", LocalDate.of(2026, 1, 1), Certainty.HIGH);
    CrisisResource lgbtq = new CrisisResource("lgbtq", "L", Region.of("GB"), Optional.empty(),
        List.of(AudienceTag.LGBTQ), List.of(ServiceType.DOMESTIC_VIOLENCE), List.of(Channel.phone("2")), "24 hours",
        "LGBT+ people", "https://e.org", LocalDate.of(2026, 1, 1), Certainty.HIGH);
    assertThat(java.util.stream.Stream.of(lgbtq, scotland, everyone).sorted(CrisisResource.GENERAL_FIRST).toList())
        .containsExactly(everyone, scotland, lgbtq);
  }

  @Test
  void aLineForTheWholeRegionSetUpForWomenComesBeforeOneForAnArea() {
    CrisisResource manitoba = new CrisisResource("manitoba", "M", Region.of("CA"),
        Optional.of(new ServiceArea("CA-MB", "Manitoba")), List.of(), List.of(ServiceType.DOMESTIC_VIOLENCE),
        List.of(Channel.phone("1")), "24 hours", "Anyone", "https://e.org", LocalDate.of(2026, 1, 1), Certainty.HIGH);
    CrisisResource women = new CrisisResource("women", "W", Region.of("CA"), Optional.empty(),
        List.of(AudienceTag.WOMEN), List.of(ServiceType.DOMESTIC_VIOLENCE), List.of(Channel.phone("2")), "24 hours",
        "Women", "https://e.org", LocalDate.of(2026, 1, 1), Certainty.HIGH);
    assertThat(java.util.stream.Stream.of(manitoba, women).sorted(CrisisResource.GENERAL_FIRST).toList())
        .containsExactly(women, manitoba);
  }

  @Test
  void emergencyNumbersAreNotListedAsServices() {
    assertThatThrownBy(() -> new CrisisResource("x", "X", Region.of("GB"), Optional.empty(), List.of(),
        List.of(ServiceType.EMERGENCY), List.of(Channel.phone("999")), "24 hours", "Anyone", "https://e.org",
        LocalDate.of(2026, 1, 1), Certainty.HIGH))
        .hasMessageContaining("emergency numbers are listed separately");
  }

  @Test
  void aSourceMustBeAWebAddress() {
    assertThatThrownBy(() -> new CrisisResource("x", "X", Region.of("GB"), Optional.empty(), List.of(),
        List.of(ServiceType.CRISIS_LINE), List.of(Channel.phone("116 123")), "24 hours", "Anyone", "samaritans",
        LocalDate.of(2026, 1, 1), Certainty.HIGH))
        .hasMessageContaining("sourceUrl 'samaritans' must be an http(s) address");
  }

  @Test
  void phoneStringsAreKeptExactlyAsPublished() {
    assertThat(Channel.phone("1800RESPECT").value()).isEqualTo("1800RESPECT");
    assertThat(Channel.phone("800.656.4673").value()).isEqualTo("800.656.4673");
    assertThatThrownBy(() -> Channel.phone("call us")).hasMessageContaining("'call us'");
    assertThatThrownBy(() -> Channel.chat("thehotline.org")).hasMessageContaining("http(s) address");
  }

  @Test
  void theTypesForAdultsAbusedAsChildrenOlderPeopleAndForcedMarriageAreSpeltAsPackFilesSpellThem() {
    assertThat(ServiceType.parse("childhood-abuse")).isEqualTo(ServiceType.CHILDHOOD_ABUSE);
    assertThat(ServiceType.parse("elder-abuse")).isEqualTo(ServiceType.ELDER_ABUSE);
    assertThat(ServiceType.parse("forced-marriage")).isEqualTo(ServiceType.FORCED_MARRIAGE);
    assertThat(ServiceType.FORCED_MARRIAGE.slug()).isEqualTo("forced-marriage");
  }

  @Test
  void theTypeForAdultsWorriedAboutTheirOwnThoughtsTowardsChildrenIsSpeltAsPackFilesSpellIt() {
    assertThat(ServiceType.parse("child-sexual-abuse-prevention")).isEqualTo(ServiceType.CHILD_SEXUAL_ABUSE_PREVENTION);
    assertThat(ServiceType.CHILD_SEXUAL_ABUSE_PREVENTION.slug()).isEqualTo("child-sexual-abuse-prevention");
  }
}
