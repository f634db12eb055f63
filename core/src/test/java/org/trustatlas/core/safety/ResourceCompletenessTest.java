package org.trustatlas.core.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The bundled directory is complete: tests check coverage and provenance, never that digits are right. */
class ResourceCompletenessTest {

  private static final List<ServiceType> ESSENTIAL =
      List.of(ServiceType.DOMESTIC_VIOLENCE, ServiceType.SEXUAL_ASSAULT, ServiceType.CRISIS_LINE);

  private final ResourceDirectory directory = ResourcesFixture.directory();

  @TestFactory
  Stream<DynamicTest> everyListedRegionHasEssentialCoverageAndAnEmergencyNumber() {
    return directory.regions().stream().map(region -> DynamicTest.dynamicTest(region.code(), () -> {
      for (ServiceType type : ESSENTIAL) {
        assertThat(directory.find(region, type).resources())
            .as("%s coverage in %s (own or international directory)", type.slug(), region)
            .isNotEmpty();
      }
      assertThat(directory.listsEmergencyNumber(region)).as("emergency number of %s", region).isTrue();
    }));
  }

  @Test
  void theFourRegionsOfTheResearchAndTheInternationalDirectoryAreListed() {
    assertThat(directory.regions()).extracting(Region::code).contains("US", "CA", "GB", "AU", "INTL");
  }

  @Test
  void everyLowCertaintyEntryIsShownWithAVerifyNote() {
    assertThat(directory.resources()).filteredOn(r -> r.lowestCertainty() == Certainty.LOW)
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.verifyNote()).isPresent());
  }

  @Test
  void numbersNotSeenOnAStoredPageAreLowCertaintyAndCarryANoteToVerify() {
    for (String id : List.of("ca-on-assaulted-womens-helpline", "gb-rape-crisis-247-support-line",
        "ca-qc-info-aide-violence-sexuelle", "gb-frank")) {
      CrisisResource resource = directory.resource(id).orElseThrow();
      assertThat(resource.lowestCertainty()).as(id).isEqualTo(Certainty.LOW);
      assertThat(resource.verifyNote()).as(id).isPresent();
    }
  }

  @Test
  void noEntryIsSourcedFromAnEncyclopediaOrAManagedCareNewsPage() {
    assertThat(directory.resources()).extracting(CrisisResource::sourceUrl)
        .noneMatch(url -> url.contains("wikipedia.org") || url.contains("mhn.com"));
    assertThat(directory.emergencyNumbers()).extracting(EmergencyNumber::sourceUrl)
        .noneMatch(url -> url.contains("wikipedia.org") || url.contains("centre56"));
  }

  @Test
  void scotlandWalesAndNorthernIrelandEachHaveTheirOwnDomesticAbuseLine() {
    for (String area : List.of("GB-SCT", "GB-WLS", "GB-NIR")) {
      assertThat(directory.find(Region.of("GB"), ServiceType.DOMESTIC_VIOLENCE).resources()).as(area)
          .anySatisfy(r -> assertThat(r.area()).hasValueSatisfying(a -> assertThat(a.code()).isEqualTo(area)));
    }
  }

  @Test
  void everyRegionListsAtLeastOneServiceForPeopleWhoHaveHurtAPartnerOrPointsElsewhere() {
    assertThat(directory.find(Region.of("GB"), ServiceType.BEHAVIOUR_CHANGE).resources())
        .extracting(CrisisResource::id).contains("gb-respect-phoneline");
    assertThat(directory.find(Region.of("AU"), ServiceType.BEHAVIOUR_CHANGE).resources())
        .extracting(CrisisResource::id).contains("au-mens-referral-service");
  }

  @Test
  void everyEntryCarriesItsSourceAndWhenItWasChecked() {
    assertThat(directory.resources()).allSatisfy(r -> {
      assertThat(r.sourceUrl()).startsWith("http");
      assertThat(r.lastVerified()).isNotNull();
    });
  }
}
