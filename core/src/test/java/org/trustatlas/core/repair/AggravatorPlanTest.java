package org.trustatlas.core.repair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trustatlas.core.repair.Plans.answered;
import static org.trustatlas.core.repair.Plans.plan;
import static org.trustatlas.core.repair.Plans.step;

import org.junit.jupiter.api.Test;

/** An STI or a pregnancy adds a sexual-health step. */
class AggravatorPlanTest {

  @Test
  void anStiAddsSexualHealthTestingAndAClinic() {
    RepairPlan plan = plan(answered(ReaderRole.HURT_PARTNER, "infidelity").withAggravators("sti"));
    assertThat(Plans.phaseIds(plan).get(0)).isEqualTo("safety-first");
    assertThat(step(plan, "sexual-health-testing").framing()).isEqualTo("Your step, on your own");
    assertThat(Plans.referralIds(plan)).contains("sexual-health-clinic");
  }

  @Test
  void aPregnancyReachesTheSameStepThroughTheClinicBothPointTo() {
    RepairPlan plan = plan(answered(ReaderRole.HURT_PARTNER, "infidelity").withAggravators("pregnancy"));
    assertThat(step(plan, "sexual-health-testing").forReader()).isTrue();
  }

  @Test
  void withoutAnAggravatorThereIsNoSexualHealthStep() {
    assertThat(Plans.stepIds(plan(answered(ReaderRole.HURT_PARTNER, "infidelity"))))
        .doesNotContain("sexual-health-testing");
  }
}
