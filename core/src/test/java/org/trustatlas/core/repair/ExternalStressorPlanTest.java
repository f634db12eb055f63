package org.trustatlas.core.repair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trustatlas.core.repair.Plans.answered;
import static org.trustatlas.core.repair.Plans.plan;
import static org.trustatlas.core.repair.Plans.step;

import org.junit.jupiter.api.Test;
import org.trustatlas.core.safety.SafetyLevel;

/** Work and money pressure: coped with together (dyadic coping). */
class ExternalStressorPlanTest {

  @Test
  void workAndMoneyStressAreCopedWithTogether() {
    RepairPlan plan = plan(answered(ReaderRole.BOTH, "work-stress", "financial-stress"));
    assertThat(Plans.stepIds(plan)).contains("dyadic-coping", "offering-support");
    assertThat(step(plan, "dyadic-coping").framing()).isEqualTo("For the two of you together");
    assertThat(step(plan, "dyadic-coping").why()).contains("the two of you together").doesNotContain("It addresses");
    assertThat(plan.safety().level()).isEqualTo(SafetyLevel.NO_RISK_SIGNALLED);
  }

  @Test
  void withSafetyUnknownTheStressorPlanStillOpensWithANeutralNote() {
    RepairPlan plan = plan(Situation.of(ReaderRole.HURT_PARTNER, "work-stress"));
    assertThat(Plans.noticeIds(plan)).containsExactly("unknown-flags-neutral-safety-note",
        "unknown-flags-separate-screening");
    assertThat(Plans.stepIds(plan)).contains("dyadic-coping");
  }
}
