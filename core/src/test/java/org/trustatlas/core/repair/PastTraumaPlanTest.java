package org.trustatlas.core.repair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trustatlas.core.repair.Plans.plan;
import static org.trustatlas.core.repair.Plans.step;

import org.junit.jupiter.api.Test;
import org.trustatlas.core.safety.SafetyLevel;
import org.trustatlas.core.safety.ServiceType;

/** Harm by others in the past: survivor-paced, trauma-focused referral, self-care only as an adjunct. */
class PastTraumaPlanTest {

  private final RepairPlan survivor = plan(Situation.of(ReaderRole.SURVIVOR, "past-sexual-trauma").inRegion("US"));

  @Test
  void theSurvivorSetsThePaceAndIsNeverAskedToDisclose() {
    assertThat(Plans.noticeIds(survivor)).contains("past-trauma-survivor-sets-the-pace");
    assertThat(survivor.safety().notices()).anySatisfy(n -> assertThat(n.text()).contains("You set the pace")
        .contains("never have to share details"));
    assertThat(step(survivor, "trauma-focused-therapy").why()).contains("yours, at your own pace");
  }

  @Test
  void traumaFocusedTherapyIsReferredAndSexualAssaultServicesAreListed() {
    assertThat(Plans.stepIds(survivor)).contains("trauma-focused-therapy");
    assertThat(Plans.referralIds(survivor)).contains("trauma-therapist");
    assertThat(survivor.safety().lists(ServiceType.SEXUAL_ASSAULT)).isTrue();
    assertThat(Plans.serviceIds(survivor)).contains("us-rainn-national-sexual-assault-hotline");
  }

  @Test
  void selfCareIsAnOptionalAdjunctAfterTreatment() {
    Step selfCare = step(survivor, "self-care");
    assertThat(selfCare.optional()).isTrue();
    assertThat(selfCare.caveats()).extracting(n -> n.ruleId()).containsExactly("self-care-is-not-treatment");
    assertThat(selfCare.why()).contains("not treatment on its own");
    PlanPhase impact = survivor.phases().stream().filter(p -> p.steps().contains(selfCare)).findFirst().orElseThrow();
    assertThat(impact.steps().get(impact.steps().size() - 1)).isEqualTo(selfCare);
  }

  @Test
  void couplesWorkAfterTraumaIsOnlyTraumaInformedAndByChoice() {
    assertThat(step(survivor, "couples-therapy").caveats()).extracting(n -> n.ruleId())
        .contains("trauma-informed-couples-work");
    assertThat(survivor.safety().level()).isEqualTo(SafetyLevel.UNSCREENED);
  }

  @Test
  void aSupportingPartnerReadsTheSurvivorsStepsAsTheirChoice() {
    RepairPlan supporter = plan(Situation.of(ReaderRole.SUPPORTER, "past-sexual-trauma"));
    Step therapy = step(supporter, "trauma-focused-therapy");
    assertThat(therapy.forReader()).isFalse();
    assertThat(therapy.framing()).isEqualTo("For the person who was harmed, at their own pace");
    assertThat(therapy.why()).contains("their choice, at their own pace");
  }
}
