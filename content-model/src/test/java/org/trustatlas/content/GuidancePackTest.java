package org.trustatlas.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.trustatlas.core.repair.ReaderRole.HURT_PARTNER;
import static org.trustatlas.core.repair.ReaderRole.SURVIVOR;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustatlas.core.checkin.CheckInFixture;
import org.trustatlas.core.checkin.CheckInStep;
import org.trustatlas.core.checkin.Question;
import org.trustatlas.core.repair.RepairPlan;
import org.trustatlas.core.repair.Situation;
import org.trustatlas.core.repair.UnknownConceptException;
import org.trustatlas.core.safety.Region;
import org.trustatlas.core.safety.ResourceDirectory;
import org.trustatlas.core.safety.ResourcesFixture;
import org.trustatlas.core.safety.SafetyItem;
import org.trustatlas.core.safety.SafetyRulesFixture;
import org.trustatlas.core.safety.ServiceType;

/** The guidance files: the bundled ones load to what core's fixtures say; a pack without them inherits them. */
class GuidancePackTest {

  @TempDir Path temp;

  private final TrustAtlas bundled = TrustAtlas.bundled();

  @Test
  void theBundledRulesResourcesAndCheckInAreCoresFixtures() {
    assertThat(bundled.safetyRules()).isEqualTo(SafetyRulesFixture.defaults());
    ResourceDirectory expected = ResourcesFixture.directory();
    assertThat(bundled.resourceDirectory().resources()).isEqualTo(expected.resources());
    assertThat(bundled.resourceDirectory().regions()).isEqualTo(expected.regions());
    for (Region region : expected.regions()) {
      assertThat(bundled.emergencyNumber(region)).as("%s", region).isEqualTo(expected.emergencyNumber(region));
    }
    assertThat(bundled.checkIn().questions()).isEqualTo(CheckInFixture.questions());
  }

  @Test
  void everyRuleCitesASourceInTheBundledBibliography() {
    assertThat(bundled.safetyRules()).allSatisfy(rule ->
        assertThat(bundled.atlas().source(rule.source())).as("%s cites %s", rule.id(), rule.source()).isPresent());
  }

  @Test
  void aPlanForInfidelityStartsWithItsSafetyBlock() {
    RepairPlan plan = bundled.plan(Situation.of(HURT_PARTNER, "infidelity"));
    assertThat(plan.safety().items()).isNotEmpty();
    assertThat(plan.safety().emergencyNumber().region()).isEqualTo(Region.INTERNATIONAL);
    assertThat(plan.steps()).isNotEmpty();
    assertThat(plan.steps()).noneMatch(s -> s.strategy().value().equals("couples-therapy") && s.caveats().isEmpty());
  }

  @Test
  void aPartnerHarmPlanStartsWithTheRegionsEmergencyNumberThenADomesticViolenceService() {
    RepairPlan plan = bundled.plan(Situation.of(SURVIVOR, "intimate-partner-abuse").inRegion("GB"));
    assertThat(plan.safety().items().get(0)).isInstanceOfSatisfying(SafetyItem.Call.class,
        call -> assertThat(call.number().primary()).isEqualTo("999"));
    assertThat(plan.safety().services()).anySatisfy(service -> {
      assertThat(service.resource().region()).isEqualTo(Region.of("GB"));
      assertThat(service.resource().covers(ServiceType.DOMESTIC_VIOLENCE)).isTrue();
      assertThat(service.fallback()).isFalse();
    });
  }

  @Test
  void anUnknownChallengeIsRefusedWithTheNearestIds() {
    assertThatThrownBy(() -> bundled.plan(Situation.of(HURT_PARTNER, "infidelty")))
        .isInstanceOfSatisfying(UnknownConceptException.class, e -> {
          assertThat(e.field()).isEqualTo("challenge");
          assertThat(e.suggestions()).contains("infidelity");
        });
  }

  @Test
  void aRegionWithoutItsOwnServicesGetsTheInternationalOnesMarkedAsFallback() {
    assertThat(bundled.resources(Region.of("GB"))).anySatisfy(match -> {
      assertThat(match.type()).isEqualTo(ServiceType.DOMESTIC_VIOLENCE);
      assertThat(match.fallback()).isFalse();
    });
    assertThat(bundled.resources(Region.of("FR"))).isNotEmpty().allSatisfy(match -> {
      assertThat(match.fallback()).isTrue();
      assertThat(match.resources()).allMatch(r -> r.region().international());
    });
    assertThat(bundled.emergencyNumber(Region.of("FR")).region()).isEqualTo(Region.INTERNATIONAL);
    assertThat(bundled.resources(Region.INTERNATIONAL)).extracting(m -> m.type()).doesNotContain(ServiceType.EMERGENCY);
  }

  @Test
  void aDangerAnswerInTheBundledCheckInStopsWithResources() {
    CheckInStep step = bundled.checkIn().run(Map.of("danger-now", List.of("yes")), Region.of("US"));
    assertThat(step).isInstanceOfSatisfying(CheckInStep.StopHere.class,
        stop -> assertThat(stop.resources().startsWithEmergencyNumber()).isTrue());
  }

  @Test
  void aPackWithoutGuidanceFilesInheritsTheBundledOnes() {
    TrustAtlas pack = TrustAtlas.load(PackFixture.minimal(temp).folder());
    assertThat(pack.safetyRules()).isEqualTo(bundled.safetyRules());
    assertThat(pack.resourceDirectory()).isSameAs(bundled.resourceDirectory());
    assertThat(pack.checkIn().questions()).extracting(Question::id)
        .isEqualTo(bundled.checkIn().questions().stream().map(Question::id).toList());
    RepairPlan plan = pack.plan(Situation.of(HURT_PARTNER, "infidelity").inRegion("GB"));
    assertThat(plan.safety().emergencyNumber().primary()).isEqualTo("999");
  }

  @Test
  void anInheritedCheckInNamesOnlyThisPacksChallengesSoADangerAnswerStillReachesResources() {
    TrustAtlas pack = TrustAtlas.load(PackFixture.minimal(temp).folder());
    assertThat(pack.checkIn().questions()).flatExtracting(Question::choices)
        .flatExtracting(c -> c.challenges()).allMatch(id -> pack.atlas().concept(id).isPresent());
    // The minimal pack has no abuse challenge: the answer names nothing, yet its safety block still
    // leads with the emergency number and lists a domestic-violence service.
    CheckInStep step = pack.checkIn().run(Map.of("partner-hurt-you", List.of("yes")), Region.of("AU"));
    assertThat(step).isInstanceOfSatisfying(CheckInStep.NothingNamed.class, nothing -> {
      assertThat(nothing.resources().startsWithEmergencyNumber()).isTrue();
      assertThat(nothing.resources().lists(ServiceType.DOMESTIC_VIOLENCE)).isTrue();
    });
  }

  @Test
  void aPackWithItsOwnRulesStillInheritsResourcesAndCheckIn() {
    PackFixture fixture = PackFixture.minimal(temp).withGuidance().delete("resources.yaml").delete("checkin.yaml");
    TrustAtlas pack = TrustAtlas.load(fixture.folder());
    assertThat(pack.safetyRules()).extracting(r -> r.id())
        .containsExactly("danger-comes-first", "hurt-partner-never-owns-the-breach");
    assertThat(pack.resourceDirectory()).isSameAs(bundled.resourceDirectory());
    assertThat(pack.checkIn().questions()).hasSameSizeAs(bundled.checkIn().questions());
  }

  @Test
  void theTestPacksOwnGuidanceLoads() {
    TrustAtlas pack = TrustAtlas.load(PackFixture.minimal(temp).withGuidance().folder());
    assertThat(pack.safetyRules()).hasSize(2);
    assertThat(pack.resourceDirectory().resources()).hasSize(3);
    assertThat(pack.checkIn().questions()).hasSize(10);
    CheckInStep step = pack.checkIn().run(Map.of("what-happened", List.of("affair"), "role", List.of("hurt"),
        "where", List.of("gb")), Region.INTERNATIONAL);
    assertThat(step).isInstanceOfSatisfying(CheckInStep.Planned.class,
        planned -> assertThat(planned.plan().safety().emergencyNumber().primary()).isEqualTo("999"));
  }
}
