package org.trustatlas.core.repair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trustatlas.core.repair.Plans.plan;
import static org.trustatlas.core.repair.Plans.ruleThatSuppressed;

import org.junit.jupiter.api.Test;
import org.trustatlas.core.model.ActorRole;
import org.trustatlas.core.safety.SafetyFlag;
import org.trustatlas.core.safety.SafetyItem;
import org.trustatlas.core.safety.SafetyLevel;
import org.trustatlas.core.safety.TriState;

/** Harm by a partner: safety first, individual support, resources, no joint work. */
class PartnerHarmPlanTest {

  private final RepairPlan abuse = plan(Situation.of(ReaderRole.SURVIVOR, "intimate-partner-abuse").inRegion("US"));

  @Test
  void theSafetyBlockStartsWithTheEmergencyNumberThenSaysItIsNotTheReadersFault() {
    assertThat(abuse.safety().level()).isEqualTo(SafetyLevel.PARTNER_HARM);
    assertThat(abuse.safety().items().get(0)).isInstanceOf(SafetyItem.Call.class);
    assertThat(abuse.safety().emergencyNumber().primary()).isEqualTo("911");
    assertThat(abuse.safety().notices().get(0).text()).contains("never your fault");
    assertThat(Plans.serviceIds(abuse)).startsWith("us-national-domestic-violence-hotline");
  }

  @Test
  void thePlanStartsWithSafetyPlanningAndIndividualSupport() {
    assertThat(Plans.phaseIds(abuse).get(0)).isEqualTo("safety-first");
    assertThat(Plans.stepIds(abuse)).contains("safety-planning", "reaching-out-to-a-support-service",
        "individual-therapy");
    assertThat(abuse.steps()).extracting(Step::actor)
        .containsOnly(ActorRole.SURVIVOR, ActorRole.INDIVIDUAL);
  }

  @Test
  void couplesTherapyAndSharedFaultAreLeftOutWithTheirRules() {
    assertThat(ruleThatSuppressed(abuse, "couples-therapy")).isEqualTo("no-couples-work-when-harm-or-danger");
    assertThat(ruleThatSuppressed(abuse, "acknowledging-mistakes-together")).isEqualTo("no-shared-blame-for-harm");
    assertThat(ruleThatSuppressed(abuse, "restoring-safety"))
        .isEqualTo("no-steps-between-partners-while-harm-or-danger");
    assertThat(abuse.suppressed()).allSatisfy(s -> assertThat(s.reason()).isNotBlank());
  }

  @Test
  void referralsPointToSupportServicesNeverToACouplesTherapist() {
    assertThat(Plans.referralIds(abuse)).contains("domestic-violence-service", "individual-therapist")
        .doesNotContain("couples-therapist");
  }

  @Test
  void separationIsAValidEndingAndForgivenessIsNeverRequired() {
    assertThat(Plans.outcomeIds(abuse)).contains("separation").doesNotContain("forgiveness");
    assertThat(abuse.requirements()).extracting(r -> r.id().value()).doesNotContain("forgiveness");
  }

  @Test
  void fearOfThePartnerAfterInfidelityTurnsTheBetrayalPlanIntoASafetyPlan() {
    RepairPlan plan = plan(Situation.of(ReaderRole.HURT_PARTNER, "infidelity").inRegion("GB")
        .withFlag(SafetyFlag.FEAR_OF_PARTNER, TriState.YES));
    assertThat(plan.safety().startsWithEmergencyNumber()).isTrue();
    assertThat(Plans.stepIds(plan)).contains("safety-planning").doesNotContain("couples-therapy", "apologizing",
        "asking-for-comfort", "active-listening");
    assertThat(ruleThatSuppressed(plan, "couples-therapist")).isEqualTo("no-couples-work-when-harm-or-danger");
    assertThat(Plans.step(plan, "safety-planning").why()).contains("safety comes first");
  }

  @Test
  void sexualViolenceByAPartnerAddsSexualAssaultServicesAndTraumaFocusedTherapy() {
    RepairPlan plan = plan(Situation.of(ReaderRole.SURVIVOR, "sexual-violence-by-partner").inRegion("AU"));
    assertThat(Plans.serviceIds(plan)).startsWith("au-1800respect").containsOnlyOnce("au-1800respect");
    assertThat(plan.safety().lists(org.trustatlas.core.safety.ServiceType.SEXUAL_ASSAULT)).isTrue();
    assertThat(Plans.stepIds(plan)).contains("trauma-focused-therapy");
  }

  @Test
  void coercionNamedOnlyByAFlagStillRoutesToSafety() {
    RepairPlan plan = plan(Situation.of(ReaderRole.BOTH, "work-stress").withFlag(SafetyFlag.COERCIVE_CONTROL,
        TriState.YES));
    assertThat(plan.safety().level()).isEqualTo(SafetyLevel.PARTNER_HARM);
    assertThat(Plans.stepIds(plan)).contains("safety-planning").doesNotContain("dyadic-coping");
    assertThat(ruleThatSuppressed(plan, "dyadic-coping")).isEqualTo("no-steps-between-partners-while-harm-or-danger");
  }

  @Test
  void immediateDangerEscalatesBeforeEverythingElse() {
    RepairPlan plan = plan(Situation.of(ReaderRole.HURT_PARTNER, "infidelity").inRegion("CA")
        .withFlag(SafetyFlag.IMMEDIATE_DANGER, TriState.YES));
    assertThat(plan.safety().level()).isEqualTo(SafetyLevel.EMERGENCY);
    assertThat(plan.safety().items().get(1)).isInstanceOfSatisfying(SafetyItem.Message.class,
        m -> assertThat(m.urgent()).isTrue());
    assertThat(Plans.serviceIds(plan)).contains("ca-sheltersafe");
  }
}
