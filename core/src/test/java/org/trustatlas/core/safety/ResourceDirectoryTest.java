package org.trustatlas.core.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResourceDirectoryTest {

  private final ResourceDirectory directory = ResourcesFixture.directory();

  @Test
  void aRegionsOwnServicesComeWithoutFallback() {
    ResourceMatch match = directory.find(Region.of("GB"), ServiceType.DOMESTIC_VIOLENCE);
    assertThat(match.fallback()).isFalse();
    assertThat(match.resources()).extracting(CrisisResource::id)
        .startsWith("gb-national-domestic-abuse-helpline", "gb-mens-advice-line")
        .contains("gb-sct-domestic-abuse-and-forced-marriage-helpline", "gb-wls-live-fear-free-helpline",
            "gb-nir-domestic-and-sexual-abuse-helpline", "gb-galop-lgbt-helpline");
  }

  @Test
  void aTypeTheRegionLacksFallsBackToTheInternationalDirectory() {
    ResourceMatch match = directory.find(Region.of("FR"), ServiceType.CRISIS_LINE);
    assertThat(match.fallback()).isTrue();
    assertThat(match.resources()).allSatisfy(r -> assertThat(r.region()).isEqualTo(Region.INTERNATIONAL));
    assertThat(match.resources()).isNotEmpty();
  }

  @Test
  void aTypeNeitherTheRegionNorTheInternationalDirectoryListsIsEmptyNotADirectoryDressedUpAsIt() {
    ResourceMatch match = directory.find(Region.of("FR"), ServiceType.SEXUAL_ASSAULT);
    assertThat(match.isEmpty()).isTrue();
    assertThat(match.fallback()).isFalse();
  }

  @Test
  void anUnlistedCountryGetsTheInternationalDirectoryAndEmergencyNote() {
    Region japan = Region.of("JP");
    ResourceMatch match = directory.find(japan, ServiceType.DOMESTIC_VIOLENCE);
    assertThat(match.fallback()).isTrue();
    assertThat(match.resources()).extracting(CrisisResource::id).contains("intl-hot-peach-pages");
    EmergencyNumber number = directory.emergencyNumber(japan);
    assertThat(number.region()).isEqualTo(Region.INTERNATIONAL);
    assertThat(number.note()).hasValueSatisfying(note -> assertThat(note).contains("depends on the country"));
  }

  @Test
  void newZealandIrelandAndIndiaHaveTheirOwnEmergencyNumbersNotTheInternationalOne() {
    assertThat(directory.emergencyNumber(Region.of("New Zealand")).numbers()).containsExactly("111");
    assertThat(directory.emergencyNumber(Region.of("Ireland")).numbers()).containsExactly("112", "999");
    assertThat(directory.emergencyNumber(Region.of("India")).numbers()).containsExactly("112");
    assertThat(directory.emergencyCall(Region.of("NZ")).elsewhere()).isEmpty();
  }

  @Test
  void aServiceCoveringTwoTypesIsFoundUnderBoth() {
    assertThat(directory.find(Region.of("AU"), ServiceType.DOMESTIC_VIOLENCE).resources())
        .extracting(CrisisResource::id).containsExactly("au-1800respect");
    assertThat(directory.find(Region.of("AU"), ServiceType.SEXUAL_ASSAULT).resources())
        .extracting(CrisisResource::id).containsExactly("au-1800respect");
  }

  @Test
  void eachRegionHasItsOwnEmergencyNumber() {
    assertThat(directory.emergencyNumber(Region.of("US")).primary()).isEqualTo("911");
    assertThat(directory.emergencyNumber(Region.of("GB")).primary()).isEqualTo("999");
    assertThat(directory.emergencyNumber(Region.of("AU")).primary()).isEqualTo("000");
  }

  @Test
  void aDirectoryWithoutAnInternationalEmergencyEntryIsRejected() {
    List<EmergencyNumber> withoutIntl = EmergencyNumbersFixture.numbers().stream()
        .filter(n -> !n.region().international()).toList();
    assertThatThrownBy(() -> ResourceDirectory.of(ResourcesFixture.resources(), withoutIntl))
        .hasMessageContaining("INTL emergency number");
  }

  @Test
  void aResourceIdListedTwiceIsRejected() {
    CrisisResource any = ResourcesFixture.resources().get(0);
    assertThatThrownBy(() -> ResourceDirectory.of(List.of(any, any), EmergencyNumbersFixture.numbers()))
        .hasMessageContaining("'" + any.id() + "' is listed twice");
  }
}
