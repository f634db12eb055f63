package org.trustatlas.core.repair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trustatlas.core.repair.Plans.plan;

import org.junit.jupiter.api.Test;
import org.trustatlas.core.model.ActorRole;

/** A problem of one person, such as addiction: individual treatment first. */
class IndividualPlanTest {

  private final RepairPlan addiction = plan(Situation.of(ReaderRole.INVOLVED_PARTNER, "addiction").inRegion("US"));

  @Test
  void addictionLeadsWithIndividualTreatmentAndItsHelpline() {
    PlanPhase first = addiction.phases().get(0);
    assertThat(first.steps()).extracting(s -> s.strategy().value()).contains("addiction-treatment");
    assertThat(Plans.step(addiction, "addiction-treatment").actor()).isEqualTo(ActorRole.INDIVIDUAL);
    assertThat(Plans.step(addiction, "addiction-treatment").forReader()).isTrue();
    assertThat(Plans.referralIds(addiction)).contains("addiction-helpline");
    assertThat(Plans.serviceIds(addiction)).contains("us-samhsa-national-helpline");
  }

  @Test
  void couplesWorkComesAlongsideOrAfterTreatment() {
    assertThat(Plans.step(addiction, "couples-therapy").caveats()).extracting(n -> n.ruleId())
        .contains("addiction-treatment-alongside-couples-work");
  }

  @Test
  void withoutALocalSubstanceServiceNoneIsInvented() {
    RepairPlan plan = plan(Situation.of(ReaderRole.INVOLVED_PARTNER, "addiction").inRegion("GB"));
    assertThat(plan.safety().services()).noneSatisfy(s -> assertThat(s.resource().id()).contains("samhsa"));
    assertThat(Plans.stepIds(plan)).contains("addiction-treatment");
  }
}
