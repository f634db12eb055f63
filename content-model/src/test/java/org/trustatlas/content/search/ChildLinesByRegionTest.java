package org.trustatlas.content.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.core.safety.AudienceTag;
import org.trustatlas.core.safety.CrisisResource;
import org.trustatlas.core.safety.Region;
import org.trustatlas.core.safety.SafetyBlock;
import org.trustatlas.core.safety.SafetyItem;
import org.trustatlas.core.safety.ServiceType;

/**
 * The child-protection and child-sexual-abuse prevention lines of Australia, Ireland and Canada, and
 * New Zealand's prevention services, as a reader meets them: the prevention line goes to the adult
 * worried about their own thoughts or behaviour towards children, and to nobody else (never to a
 * young reader, never to a worried parent); a young reader in each region meets a child-protection
 * line of that region first.
 */
class ChildLinesByRegionTest {

  private static final TrustAtlas BUNDLED = TrustAtlas.bundled();

  private static final Map<String, String> PREVENTION =
      Map.of("AU", "au-stop-it-now", "IE", "ie-stop-it-now", "CA", "ca-talking-for-change",
          "NZ", "nz-stop-wellstop-safe-network");

  private static List<SafetyItem.Service> services(String region, String words) {
    SafetyBlock safety = BUNDLED.search(words, 10, Region.of(region)).safety();
    return safety.services();
  }

  private static List<String> ids(List<SafetyItem.Service> services) {
    return services.stream().map(service -> service.resource().id()).toList();
  }

  @Test
  void anAdultWorriedAboutTheirOwnThoughtsTowardsChildrenMeetsTheirRegionsPreventionLine() {
    PREVENTION.forEach((region, id) -> {
      for (String words : List.of("i have sexual thoughts about children and want help", "im 30 and my girlfriend is 15")) {
        List<SafetyItem.Service> services = services(region, words);
        assertThat(ids(services)).as("%s: %s", region, words).contains(id);
        assertThat(services).as("%s: %s", region, words)
            .filteredOn(service -> service.type() == ServiceType.CHILD_SEXUAL_ABUSE_PREVENTION)
            .extracting(service -> service.resource().region()).containsOnly(Region.of(region));
      }
    });
  }

  @Test
  void aYoungReaderOrAWorriedParentIsNeverSentToAPreventionLine() {
    for (String region : PREVENTION.keySet()) {
      for (String words : List.of("im 12 and my uncle touches me", "im 14 and my boyfriend is 25",
          "my daughter is 14 and her boyfriend is 25", "my son is 15 and his girlfriend is 30")) {
        assertThat(services(region, words)).as("%s: %s", region, words)
            .noneMatch(service -> service.type() == ServiceType.CHILD_SEXUAL_ABUSE_PREVENTION
                || service.resource().covers(ServiceType.CHILD_SEXUAL_ABUSE_PREVENTION));
      }
    }
  }

  @Test
  void aChildAtRiskInAustraliaIrelandOrCanadaMeetsAChildProtectionLineOfThatRegionFirst() {
    for (String region : List.of("AU", "IE", "CA")) {
      for (String words : List.of("im 12 and my uncle touches me", "im 14 and my boyfriend is 25")) {
        SafetyItem.Service first = services(region, words).get(0);
        assertThat(first.type()).as("%s: %s", region, words).isEqualTo(ServiceType.CHILD_PROTECTION);
        assertThat(first.resource().region()).as("%s: %s", region, words).isEqualTo(Region.of(region));
      }
    }
    // Ireland's own child line, not the international directory.
    assertThat(services("IE", "im 12 and my uncle touches me").get(0).resource().id()).isEqualTo("ie-childline");
  }

  @Test
  void aParentWorriedAboutAChildInIrelandMeetsTuslaFirst() {
    for (String words : List.of("my husband touching my daughter", "my daughter is 14 and her boyfriend is 25")) {
      List<SafetyItem.Service> services = services("IE", words);
      assertThat(services.get(0).type()).as(words).isEqualTo(ServiceType.CHILD_PROTECTION);
      assertThat(services.get(0).resource()).as(words).extracting(CrisisResource::id).isEqualTo("ie-tusla");
    }
  }

  @Test
  void aYoungReaderInNewZealandMeetsTheChildrensHelplineFirstOrRightAfterChildProtection() {
    for (String words : List.of("im 14 and my coach touches me", "im 15 and scared of my dads temper",
        "im 12 and my uncle touches me")) {
      List<SafetyItem.Service> services = services("NZ", words);
      List<String> ids = ids(services);
      assertThat(ids).as(words).contains("nz-whats-up");
      int at = ids.indexOf("nz-whats-up");
      assertThat(at).as("%s: %s", words, ids).isBetween(0, 1);
      if (at == 1) {
        assertThat(services.get(0).type()).as(words).isEqualTo(ServiceType.CHILD_PROTECTION);
      }
    }
  }

  @Test
  void anAdultInNewZealandNeverMeetsTheChildrensHelplineBeforeTheLinesForAdults() {
    for (String words : List.of("i want to kill myself", "im 40 and i want to kill myself", "my husband hits me",
        "im 35 and my boss touches me")) {
      List<SafetyItem.Service> services = services("NZ", words);
      List<String> ids = ids(services);
      int at = ids.indexOf("nz-whats-up");
      if (at >= 0) {
        assertThat(services.subList(0, at)).as("%s: %s", words, ids).isNotEmpty();
        assertThat(services.subList(at + 1, services.size())).as("%s: %s", words, ids)
            .noneMatch(service -> !service.resource().tags().contains(AudienceTag.YOUNG_PEOPLE)
                && service.resource().region().equals(Region.of("NZ")));
      }
    }
    // A parent worried about a child meets the state's child-protection service first; the children's line
    // comes right after it, for the parent to pass on, and before the adults' other lines.
    for (String words : List.of("my husband touching my daughter", "my daughter is 14 and her boyfriend is 25")) {
      List<String> parent = ids(services("NZ", words));
      assertThat(parent.subList(0, 2)).as(words).containsExactly("nz-oranga-tamariki", "nz-whats-up");
    }
  }

  @Test
  void aYoungReaderInTheUnitedStatesMeetsChildhelpFirstAndTheTrevorProjectDoesNotLead() {
    // Childhelp answers children and the adults worried about one alike, so it stays tagged for children:
    // it leads for a young reader as child protection, and a young people's tag would put it after
    // every other line for an adult worried about their own thoughts towards children.
    for (String words : List.of("im 14 and my coach touches me", "im 15 and scared of my dads temper",
        "im 12 and my uncle touches me")) {
      List<String> ids = ids(services("US", words));
      assertThat(ids.get(0)).as("%s: %s", words, ids).isEqualTo("us-childhelp-national-child-abuse-hotline");
      assertThat(ids.indexOf("us-trevor-project")).as("%s: %s", words, ids).isNotZero();
    }
  }
}
