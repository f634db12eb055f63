package org.trustatlas.core.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The bundled directory is complete: tests check coverage and provenance, never that digits are right. */
class ResourceCompletenessTest {

  private static final List<ServiceType> ESSENTIAL =
      List.of(ServiceType.DOMESTIC_VIOLENCE, ServiceType.SEXUAL_ASSAULT, ServiceType.CRISIS_LINE);

  /**
   * Essential types the international directory has no source-backed service for. A region that
   * lists none of its own shows none rather than a directory for practitioners dressed up as one.
   */
  private static final Set<ServiceType> INTERNATIONAL_GAPS = Set.of(ServiceType.SEXUAL_ASSAULT);

  private static final List<String> RESEARCH_REGIONS = List.of("US", "CA", "GB", "AU");

  private final ResourceDirectory directory = ResourcesFixture.directory();

  @TestFactory
  Stream<DynamicTest> everyListedRegionHasItsOwnEmergencyNumberAndServicesOfItsOwnOrFromTheInternationalDirectory() {
    return directory.regions().stream().map(region -> DynamicTest.dynamicTest(region.code(), () -> {
      for (ServiceType type : ESSENTIAL) {
        ResourceMatch match = directory.find(region, type);
        if (match.isEmpty()) {
          assertThat(INTERNATIONAL_GAPS).as("%s coverage in %s (own or international directory)", type.slug(), region)
              .contains(type);
          assertThat(directory.find(Region.INTERNATIONAL, type).resources()).as("INTL %s", type.slug()).isEmpty();
        }
      }
      assertThat(directory.listsEmergencyNumber(region)).as("emergency number of %s", region).isTrue();
    }));
  }

  @Test
  void theFourRegionsOfTheResearchListEveryEssentialServiceOfTheirOwn() {
    for (String code : RESEARCH_REGIONS) {
      for (ServiceType type : ESSENTIAL) {
        ResourceMatch match = directory.find(Region.of(code), type);
        assertThat(match.resources()).as("%s in %s", type.slug(), code).isNotEmpty();
        assertThat(match.fallback()).as("%s in %s", type.slug(), code).isFalse();
      }
    }
  }

  @Test
  void everyNationOfGreatBritainHasASexualAssaultLineOfItsOwn() {
    // The Rape Crisis line covers England and Wales only; Scotland and Northern Ireland need their own.
    for (String area : List.of("GB-EAW", "GB-SCT", "GB-NIR")) {
      assertThat(directory.resources()).as(area)
          .anySatisfy(r -> {
            assertThat(r.area()).map(ServiceArea::code).contains(area);
            assertThat(r.covers(ServiceType.SEXUAL_ASSAULT)).isTrue();
          });
    }
  }

  @Test
  void theInternationalDirectoryListsNoSexualAssaultServiceYetAndTheGapIsNamedHere() {
    // When a source-backed international sexual-assault service is added, this fails: drop the gap.
    for (ServiceType type : ESSENTIAL) {
      assertThat(directory.find(Region.INTERNATIONAL, type).isEmpty()).as("INTL %s", type.slug())
          .isEqualTo(INTERNATIONAL_GAPS.contains(type));
    }
  }

  @Test
  void theUnWomenKnowledgeCentreIsADirectoryForPractitionersAndNothingElse() {
    CrisisResource centre = directory.resource("intl-un-women-virtual-knowledge-centre").orElseThrow();
    assertThat(centre.types()).containsExactly(ServiceType.DIRECTORY);
    assertThat(centre.audience()).contains("practitioners");
  }

  @Test
  void aRegionWithOnlyAnEmergencyNumberGetsTheInternationalDirectoryForServices() {
    // SG lists nothing of its own.
    assertThat(directory.resources()).noneMatch(r -> r.region().equals(Region.of("SG")));
    Region region = Region.of("SG");
    assertThat(directory.emergencyNumber(region).region()).isEqualTo(region);
    ResourceMatch abuse = directory.find(region, ServiceType.DOMESTIC_VIOLENCE);
    assertThat(abuse.fallback()).isTrue();
    assertThat(abuse.resources()).extracting(CrisisResource::id).containsExactly("intl-hot-peach-pages");
  }

  @Test
  void irelandAndNewZealandListDomesticViolenceSexualAssaultAndCrisisLinesOfTheirOwn() {
    for (String code : List.of("IE", "NZ")) {
      for (ServiceType type : List.of(ServiceType.DOMESTIC_VIOLENCE, ServiceType.SEXUAL_ASSAULT,
          ServiceType.CRISIS_LINE)) {
        ResourceMatch match = directory.find(Region.of(code), type);
        assertThat(match.fallback()).as("%s in %s", type.slug(), code).isFalse();
        assertThat(match.resources()).as("%s in %s", type.slug(), code).isNotEmpty()
            .allSatisfy(r -> assertThat(r.region()).isEqualTo(Region.of(code)));
      }
    }
    assertThat(directory.find(Region.of("IE"), ServiceType.CRISIS_LINE).resources()).extracting(CrisisResource::id)
        .containsExactly("ie-samaritans", "ie-pieta", "ie-childline"); // the line for under-18s last
    assertThat(directory.find(Region.of("NZ"), ServiceType.CRISIS_LINE).resources()).extracting(CrisisResource::id)
        .containsExactly("nz-1737-need-to-talk", "nz-lifeline-aotearoa", "nz-whats-up", "nz-youthline"); // young people's last
    // Read only in stored copies, most of them news reports: medium, never high.
    assertThat(directory.resources()).filteredOn(r -> r.region().equals(Region.of("IE"))
        || r.region().equals(Region.of("NZ"))).allSatisfy(r -> assertThat(r.certainty()).isEqualTo(Certainty.MEDIUM));
  }

  @Test
  void indiaAndSouthAfricaListDomesticViolenceAndCrisisLinesOfTheirOwn() {
    for (String code : List.of("IN", "ZA")) {
      for (ServiceType type : List.of(ServiceType.DOMESTIC_VIOLENCE, ServiceType.CRISIS_LINE)) {
        ResourceMatch match = directory.find(Region.of(code), type);
        assertThat(match.fallback()).as("%s in %s", type.slug(), code).isFalse();
        assertThat(match.resources()).as("%s in %s", type.slug(), code).isNotEmpty()
            .allSatisfy(r -> assertThat(r.region()).isEqualTo(Region.of(code)));
      }
    }
    assertThat(directory.find(Region.of("ZA"), ServiceType.SEXUAL_ASSAULT).resources())
        .extracting(CrisisResource::id).containsExactly("za-gbv-command-centre");
    // India lists no sexual-assault line of its own yet, and INTL has none: a known gap.
    assertThat(directory.find(Region.of("IN"), ServiceType.SEXUAL_ASSAULT).isEmpty()).isTrue();
  }

  @Test
  void theNewEmergencyNumbersReadOnStoredCopiesOfOfficialPagesAreMediumNeverHigh() {
    for (String code : List.of("NZ", "IE", "IN", "ZA", "SG")) {
      EmergencyNumber number = directory.emergencyNumber(Region.of(code));
      assertThat(number.certainty()).as(code).isEqualTo(Certainty.MEDIUM);
      assertThat(number.lastVerified()).as(code).isEqualTo(ResourcesFixture.READ);
      assertThat(number.sourceUrl()).as(code).startsWith("https://");
    }
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
    for (String id : List.of("ca-on-assaulted-womens-helpline", "gb-rape-crisis-247-support-line", "gb-frank")) {
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
    assertThat(directory.find(Region.of("US"), ServiceType.BEHAVIOUR_CHANGE).resources())
        .extracting(CrisisResource::id).contains("us-a-call-for-change-helpline");
  }

  @Test
  void newZealandListsAChildProtectionServiceOfItsOwn() {
    ResourceMatch match = directory.find(Region.of("NZ"), ServiceType.CHILD_PROTECTION);
    assertThat(match.fallback()).isFalse();
    assertThat(match.resources()).extracting(CrisisResource::id).contains("nz-oranga-tamariki");
    // One for the child or teenager themselves, as in Ireland, Australia and Canada.
    assertThat(match.resources()).anySatisfy(r -> assertThat(r.tags()).contains(AudienceTag.YOUNG_PEOPLE));
  }

  @Test
  void irelandAustraliaAndCanadaListChildProtectionOfTheirOwnForAChildAndForAnAdultWorriedAboutOne() {
    for (String code : List.of("IE", "AU", "CA")) {
      ResourceMatch match = directory.find(Region.of(code), ServiceType.CHILD_PROTECTION);
      assertThat(match.fallback()).as(code).isFalse();
      // One for the young person themselves, one for the adult worried about a child.
      assertThat(match.resources()).as(code).anySatisfy(r -> assertThat(r.tags()).contains(AudienceTag.YOUNG_PEOPLE));
      assertThat(match.resources()).as(code).anySatisfy(r -> assertThat(r.tags()).contains(AudienceTag.CHILDREN));
    }
    assertThat(directory.find(Region.of("IE"), ServiceType.CHILD_PROTECTION).resources())
        .extracting(CrisisResource::id).containsExactlyInAnyOrder("ie-tusla", "ie-childline");
    // Reports go to each state's, territory's or province's own service: the adults' entry is where to find it.
    for (String id : List.of("au-child-protection-by-state", "ca-child-protection-by-province")) {
      CrisisResource where = directory.resource(id).orElseThrow();
      assertThat(where.types()).as(id).containsExactly(ServiceType.DIRECTORY, ServiceType.CHILD_PROTECTION);
      assertThat(where.channels()).as(id).extracting(Channel::kind).containsOnly(ChannelKind.WEB);
    }
  }

  @Test
  void everyEntryCarriesItsSourceAndWhenItWasChecked() {
    assertThat(directory.resources()).allSatisfy(r -> {
      assertThat(r.sourceUrl()).startsWith("http");
      assertThat(r.lastVerified()).isNotNull();
    });
  }

  @Test
  void olderPeopleHarmedByFamilyOrCarersHaveALineOfTheirOwnWhereAStoredSourceGaveOne() {
    for (String code : List.of("US", "CA", "GB", "AU", "IE", "NZ")) {
      ResourceMatch match = directory.find(Region.of(code), ServiceType.ELDER_ABUSE);
      assertThat(match.resources()).as(code).isNotEmpty();
      assertThat(match.fallback()).as(code).isFalse();
    }
    // Canada has no national line: Ontario's and British Columbia's, each set to its province.
    assertThat(directory.find(Region.of("CA"), ServiceType.ELDER_ABUSE).resources()).as("provinces only")
        .allSatisfy(r -> assertThat(r.area()).isPresent())
        .extracting(r -> r.area().orElseThrow().code()).containsExactlyInAnyOrder("CA-ON", "CA-BC");
  }

  @Test
  void greatBritainListsSupportForAdultsAbusedAsChildrenAndForForcedMarriage() {
    assertThat(directory.find(Region.of("GB"), ServiceType.CHILDHOOD_ABUSE).resources())
        .extracting(CrisisResource::id).containsExactly("gb-napac");
    assertThat(directory.find(Region.of("GB"), ServiceType.FORCED_MARRIAGE).resources())
        .extracting(CrisisResource::id).containsExactly("gb-forced-marriage-unit",
            "gb-sct-domestic-abuse-and-forced-marriage-helpline");
    // No stored page gave a line for adult survivors of childhood abuse elsewhere: a known gap.
    for (String code : List.of("US", "CA", "AU", "IE", "NZ")) {
      assertThat(directory.find(Region.of(code), ServiceType.CHILDHOOD_ABUSE).isEmpty()).as(code).isTrue();
    }
  }

  @Test
  void aServiceWhoseNumberNoStoredPageGaveListsOnlyItsOwnSite() {
    for (String id : List.of("gb-napac", "gb-hourglass")) {
      CrisisResource service = directory.resource(id).orElseThrow();
      assertThat(service.channels()).as(id).extracting(Channel::kind).containsOnly(ChannelKind.WEB);
      assertThat(service.certainty()).as(id).isEqualTo(Certainty.MEDIUM);
    }
  }

  @Test
  void everyRegionOfTheResearchIrelandAndNewZealandListAServiceForAdultsWorriedAboutTheirOwnThoughtsTowardsChildren() {
    assertThat(directory.find(Region.of("GB"), ServiceType.CHILD_SEXUAL_ABUSE_PREVENTION).resources())
        .extracting(CrisisResource::id).containsExactly("gb-stop-it-now");
    assertThat(directory.find(Region.of("US"), ServiceType.CHILD_SEXUAL_ABUSE_PREVENTION).resources())
        .extracting(CrisisResource::id).containsExactly("us-stop-it-now");
    // Australia, Ireland and Canada list one of their own too (Ireland's is the UK line's number for
    // callers from Ireland; Canada's number was read only in a news report, so it is low certainty).
    for (String[] line : List.of(new String[] {"AU", "au-stop-it-now"}, new String[] {"IE", "ie-stop-it-now"},
        new String[] {"CA", "ca-talking-for-change"})) {
      ResourceMatch match = directory.find(Region.of(line[0]), ServiceType.CHILD_SEXUAL_ABUSE_PREVENTION);
      assertThat(match.fallback()).as(line[0]).isFalse();
      assertThat(match.resources()).as(line[0]).extracting(CrisisResource::id).containsExactly(line[1]);
    }
    assertThat(directory.resource("ca-talking-for-change").orElseThrow().verifyNote()).isPresent();
    // No stored page gave New Zealand an anonymous helpline: it lists the three regional services that
    // treat harmful sexual behaviour and thoughts, which people can contact themselves, and says so.
    CrisisResource nz = directory.find(Region.of("NZ"), ServiceType.CHILD_SEXUAL_ABUSE_PREVENTION).resources()
        .stream().filter(r -> r.region().equals(Region.of("NZ"))).findFirst().orElseThrow();
    assertThat(nz.id()).isEqualTo("nz-stop-wellstop-safe-network");
    assertThat(nz.audience()).contains("not an anonymous helpline");
    // Set up for the one who may harm: listed after the general lines, and only to that reader.
    assertThat(directory.resources()).filteredOn(r -> r.covers(ServiceType.CHILD_SEXUAL_ABUSE_PREVENTION))
        .allSatisfy(r -> assertThat(r.tags()).containsExactly(AudienceTag.USING_HARM));
  }
}
