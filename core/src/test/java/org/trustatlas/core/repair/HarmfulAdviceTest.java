package org.trustatlas.core.repair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trustatlas.core.repair.Plans.answered;
import static org.trustatlas.core.repair.Plans.plan;
import static org.trustatlas.core.repair.Plans.ruleThatSuppressed;
import static org.trustatlas.core.repair.Plans.step;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustatlas.core.model.ActorRole;
import org.trustatlas.core.model.Challenge;
import org.trustatlas.core.model.Concept;
import org.trustatlas.core.model.RebuildingStrategy;
import org.trustatlas.core.safety.Candidate;
import org.trustatlas.core.safety.Decision;
import org.trustatlas.core.safety.SafetyContext;
import org.trustatlas.core.safety.SafetyFlag;
import org.trustatlas.core.safety.SafetyGate;
import org.trustatlas.core.safety.SafetyRulesFixture;
import org.trustatlas.core.safety.ServiceType;
import org.trustatlas.core.safety.TriState;

/** The ten places where the article's advice harms if applied blindly (research/domain.md 7.3), one test each. */
class HarmfulAdviceTest {

  private static final SafetyGate GATE = SafetyRulesFixture.defaultGate();

  private static Concept concept(String id) {
    return AtlasFixture.atlas().concept(id).orElseThrow();
  }

  private static List<Challenge> challenges(String... ids) {
    return java.util.stream.Stream.of(ids).map(id -> (Challenge) concept(id)).toList();
  }

  @Test
  void h1BothPartnersMustApologiseNeverShiftsTheBreachOntoTheHurtPartnerOrAVictim() {
    RepairPlan infidelity = plan(answered(ReaderRole.HURT_PARTNER, "infidelity"));
    assertThat(infidelity.steps()).filteredOn(s -> ((RebuildingStrategy) concept(s.strategy().value())).involvesFault())
        .extracting(Step::actor).containsOnly(ActorRole.INVOLVED_PARTNER, ActorRole.BOTH);
    assertThat(step(infidelity, "acknowledging-mistakes-together").caveats()).extracting(n -> n.ruleId())
        .containsExactly("shared-steps-are-not-shared-blame");
    RepairPlan abuse = plan(Situation.of(ReaderRole.SURVIVOR, "intimate-partner-abuse"));
    assertThat(ruleThatSuppressed(abuse, "acknowledging-mistakes-together")).isEqualTo("no-shared-blame-for-harm");
  }

  @Test
  void h2CouplesCounsellingIsReplacedByIndividualHelpWhenAPartnerHarms() {
    RepairPlan harmed = plan(answered(ReaderRole.HURT_PARTNER, "infidelity").withFlag(SafetyFlag.ONGOING_ABUSE,
        TriState.YES).inRegion("GB"));
    assertThat(ruleThatSuppressed(harmed, "couples-therapy")).isEqualTo("no-couples-work-when-harm-or-danger");
    assertThat(harmed.safety().lists(ServiceType.DOMESTIC_VIOLENCE)).isTrue();
    assertThat(Plans.stepIds(harmed)).contains("individual-therapy");
    RepairPlan unknown = plan(Situation.of(ReaderRole.HURT_PARTNER, "infidelity"));
    assertThat(Plans.noticeIds(unknown)).contains("unknown-flags-separate-screening");
    assertThat(step(unknown, "couples-therapy").caveats()).extracting(n -> n.ruleId())
        .containsExactly("conjoint-needs-separate-screening");
  }

  @Test
  void h3ForgivenessIsNeverAPreconditionAndSeparationIsAValidEnding() {
    RepairPlan plan = plan(answered(ReaderRole.HURT_PARTNER, "infidelity"));
    assertThat(plan.requirements()).extracting(r -> r.id().value()).doesNotContain("forgiveness");
    assertThat(plan.outcomes()).filteredOn(o -> o.id().value().equals("forgiveness"))
        .singleElement().satisfies(o -> assertThat(o.optional()).isTrue());
    assertThat(Plans.outcomeIds(plan)).contains("separation");
    SafetyContext fear = SafetyContext.unknown().with(SafetyFlag.FEAR_OF_PARTNER, TriState.YES);
    assertThat(GATE.evaluate(fear, challenges("infidelity"), concept("forgiveness")).caveats())
        .extracting(n -> n.ruleId()).contains("forgiveness-does-not-bring-safety");
    assertThat(GATE.evaluate(fear, challenges("infidelity"), Candidate.asRequirement(concept("forgiveness"))).shown())
        .isFalse();
  }

  @Test
  void h4VulnerabilityWithAnAbusivePartnerIsNotAskedForButIndividualReflectionStays() {
    RepairPlan plan = plan(Situation.of(ReaderRole.HURT_PARTNER, "infidelity", "coercive-control"));
    assertThat(ruleThatSuppressed(plan, "honest-dialogue-about-the-breach"))
        .isEqualTo("no-couples-work-when-harm-or-danger");
    assertThat(ruleThatSuppressed(plan, "asking-for-comfort"))
        .isEqualTo("no-steps-between-partners-while-harm-or-danger");
    assertThat(Plans.stepIds(plan)).contains("individual-therapy");
  }

  @Test
  void h5SharingFantasiesNeedsFreeConsentAndIsLeftOutUnderPressure() {
    Decision calm = GATE.evaluate(SafetyContext.unknown(), challenges("unrealistic-expectations"),
        concept("sharing-fantasies"));
    assertThat(calm.caveats()).extracting(n -> n.ruleId()).contains("consent-is-ongoing");
    Decision imbalance = GATE.evaluate(SafetyContext.unknown(), challenges("power-imbalance"), concept("sharing-fantasies"));
    assertThat(imbalance).isInstanceOfSatisfying(Decision.Suppress.class,
        s -> assertThat(s.ruleId()).isEqualTo("no-sexual-exploration-under-pressure"));
  }

  @Test
  void h6TouchAfterTraumaIsPacedByTheSurvivorAndPointsToTraumaTherapy() {
    Decision touch = GATE.evaluate(SafetyContext.unknown(), challenges("past-sexual-trauma"),
        concept("affectionate-touch"));
    assertThat(touch.caveats()).extracting(n -> n.ruleId()).contains("touch-after-trauma", "consent-is-ongoing");
    assertThat(Plans.referralIds(plan(Situation.of(ReaderRole.SURVIVOR, "past-sexual-trauma"))))
        .contains("trauma-therapist");
  }

  @Test
  void h7TraumaGetsTraumaFocusedTreatmentAndSelfCareStaysAnAdjunct() {
    RepairPlan plan = plan(Situation.of(ReaderRole.SURVIVOR, "trauma").inRegion("GB"));
    assertThat(Plans.stepIds(plan)).contains("trauma-focused-therapy");
    assertThat(step(plan, "self-care").caveats()).extracting(n -> n.ruleId()).contains("self-care-is-not-treatment");
    assertThat(plan.safety().lists(ServiceType.SEXUAL_ASSAULT)).isTrue();
  }

  @Test
  void h8AbuseIsNotTreatedAsASharedChallengeEvenWhenThePackLinksCouplesWorkToIt() {
    RepairPlan abuse = plan(Situation.of(ReaderRole.BOTH, "intimate-partner-abuse"));
    assertThat(abuse.steps()).extracting(Step::actor).doesNotContain(ActorRole.BOTH, ActorRole.INVOLVED_PARTNER);
    assertThat(Plans.stepsBy(plan(answered(ReaderRole.BOTH, "infidelity")), ActorRole.INVOLVED_PARTNER)).isNotEmpty();
    assertThat(Plans.stepIds(plan(answered(ReaderRole.BOTH, "work-stress")))).contains("dyadic-coping");
    assertThat(Plans.stepIds(plan(answered(ReaderRole.BOTH, "addiction")))).contains("addiction-treatment");
  }

  @Test
  void h9AnStiOrPregnancyAddsTheMissingHealthStep() {
    assertThat(Plans.stepIds(plan(answered(ReaderRole.HURT_PARTNER, "infidelity").withAggravators("sti", "pregnancy"))))
        .contains("sexual-health-testing");
  }

  @Test
  void h10RevengeIsDescribedNeverSuggested() {
    assertThat(GATE.evaluate(SafetyContext.unknown(), challenges("infidelity"), concept("revenge")))
        .isInstanceOfSatisfying(Decision.Suppress.class,
            s -> assertThat(s.ruleId()).isEqualTo("reactions-are-described-not-advised"));
    RepairPlan plan = plan(Situation.of(ReaderRole.HURT_PARTNER, "infidelity"));
    assertThat(Plans.stepIds(plan)).doesNotContain("revenge");
    assertThat(Plans.referralIds(plan)).doesNotContain("revenge");
  }
}
