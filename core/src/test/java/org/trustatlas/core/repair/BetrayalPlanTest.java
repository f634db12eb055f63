package org.trustatlas.core.repair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trustatlas.core.model.ActorRole.HURT_PARTNER;
import static org.trustatlas.core.model.ActorRole.INVOLVED_PARTNER;
import static org.trustatlas.core.repair.Plans.answered;
import static org.trustatlas.core.repair.Plans.plan;
import static org.trustatlas.core.repair.Plans.step;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Infidelity and deception: the involved partner leads repair; the hurt partner's steps are optional. */
class BetrayalPlanTest {

  private final RepairPlan forHurt = plan(answered(ReaderRole.HURT_PARTNER, "infidelity").inRegion("GB"));
  private final RepairPlan forInvolved = plan(answered(ReaderRole.INVOLVED_PARTNER, "infidelity").inRegion("GB"));
  private final RepairPlan forBoth = plan(answered(ReaderRole.BOTH, "infidelity").inRegion("GB"));

  @Test
  void theInvolvedPartnerLeadsAcknowledgementResponsibilityApologyAndTransparency() {
    PlanPhase atone = forInvolved.phases().stream().filter(p -> p.id().value().equals("atone")).findFirst()
        .orElseThrow();
    assertThat(atone.steps().subList(0, 4)).extracting(s -> s.strategy().value())
        .containsExactly("acknowledging-the-harm", "taking-responsibility", "apologizing", "expressing-remorse");
    assertThat(Plans.stepsBy(forHurt, INVOLVED_PARTNER)).contains("ending-the-affair", "answering-questions-honestly");
  }

  @Test
  void everyStepOfTheHurtPartnerIsOptional() {
    assertThat(forHurt.steps()).filteredOn(s -> s.actor() == HURT_PARTNER).isNotEmpty()
        .allSatisfy(s -> assertThat(s.optional()).isTrue());
    assertThat(forHurt.steps()).filteredOn(s -> s.actor() == INVOLVED_PARTNER)
        .allSatisfy(s -> assertThat(s.optional()).isFalse());
  }

  @Test
  void theHurtPartnerReadsTheApologyAsTheirPartnersWork() {
    Step apology = step(forHurt, "apologizing");
    assertThat(apology.forReader()).isFalse();
    assertThat(apology.framing()).isEqualTo("What your partner can do");
    assertThat(apology.why()).contains("your partner's work, not yours");
    assertThat(step(forHurt, "expressing-impact").framing()).isEqualTo("Your step, if and when you choose");
    assertThat(step(forHurt, "expressing-impact").why()).contains("yours to take if and when you want to");
  }

  @Test
  void theInvolvedPartnerReadsTheApologyAsTheirOwnAndTheHurtPartnersStepsAsTheirChoice() {
    Step apology = step(forInvolved, "apologizing");
    assertThat(apology.forReader()).isTrue();
    assertThat(apology.framing()).isEqualTo("Your step");
    assertThat(apology.why()).contains("This step is yours");
    assertThat(step(forInvolved, "asking-for-comfort").why()).contains("never ask for it");
    assertThat(step(forInvolved, "asking-for-comfort").forReader()).isFalse();
  }

  @Test
  void readingTogetherNamesWhichPartnerEachStepIsFor() {
    assertThat(step(forBoth, "apologizing").why()).contains("for the partner who broke trust");
    assertThat(step(forBoth, "expressing-impact").why()).contains("for the partner who was hurt");
    assertThat(step(forBoth, "active-listening").why()).contains("the two of you together");
    assertThat(step(forBoth, "active-listening").framing()).isEqualTo("For the two of you together");
    assertThat(step(forHurt, "active-listening").framing()).isEqualTo("For you and your partner together, if you both want to");
    assertThat(step(forHurt, "active-listening").forReader()).isFalse();
  }

  @Test
  void theSameInfidelityGivesThreeDifferentPlansForThreeReaders() {
    assertThat(List.of(forHurt.phases(), forInvolved.phases(), forBoth.phases())).doesNotHaveDuplicates();
    assertThat(Plans.stepIds(forHurt)).containsExactlyInAnyOrderElementsOf(Plans.stepIds(forInvolved));
    // Each reader's own steps lead their phase.
    assertThat(Plans.stepIds(forHurt)).isNotEqualTo(Plans.stepIds(forInvolved));
  }

  @Test
  void phasesFollowThePacksOrderAndEveryStepCitesTheArticle() {
    assertThat(Plans.phaseIds(forHurt)).containsExactly("impact", "atone", "attune", "meaning", "attach");
    assertThat(step(forHurt, "apologizing").sentences()).extracting(q -> q.ref().id()).containsExactly("S16");
    assertThat(step(forHurt, "apologizing").sentences().get(0).text()).startsWith("To rebuild sexual trust");
  }

  @Test
  void forgivenessIsOptionalAndSeparationIsAValidEnding() {
    OutcomeItem forgiveness = forHurt.outcomes().stream().filter(o -> o.id().value().equals("forgiveness"))
        .findFirst().orElseThrow();
    assertThat(forgiveness.optional()).isTrue();
    assertThat(forgiveness.caveats()).extracting(n -> n.ruleId()).containsExactly("forgiveness-is-optional");
    assertThat(Plans.outcomeIds(forHurt)).contains("separation", "renewed-trust");
    assertThat(forHurt.requirements()).extracting(r -> r.id().value()).contains("time", "patience")
        .doesNotContain("forgiveness");
  }

  @Test
  void withEveryFlagAnsweredNoCouplesTherapyIsShownWithoutASafetyCaveat() {
    assertThat(step(forHurt, "couples-therapy").caveats()).isEmpty();
    assertThat(Plans.referralIds(forHurt)).contains("couples-therapist");
    assertThat(forHurt.safety().notices()).isEmpty();
  }

  @Test
  void betrayalAlonePlansTheSameWay() {
    RepairPlan plan = plan(answered(ReaderRole.HURT_PARTNER, "betrayal"));
    assertThat(Plans.stepsBy(plan, INVOLVED_PARTNER)).startsWith("acknowledging-the-harm");
    assertThat(Plans.stepIds(plan)).doesNotContain("ending-the-affair");
  }
}
