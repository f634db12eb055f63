package org.trustatlas.core.repair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trustatlas.core.repair.Plans.answered;
import static org.trustatlas.core.repair.Plans.plan;
import static org.trustatlas.core.repair.Plans.step;

import org.junit.jupiter.api.Test;
import org.trustatlas.core.model.ActorRole;

/** A power imbalance and unrealistic expectations: talk it through together, checking first for control. */
class StructuralAndCognitivePlanTest {

  @Test
  void aPowerImbalanceAsksWhetherItFeelsLikeControlBeforeCouplesWork() {
    RepairPlan plan = plan(answered(ReaderRole.BOTH, "power-imbalance").inRegion("AU"));
    assertThat(Plans.noticeIds(plan)).containsExactly("power-imbalance-check-for-control");
    assertThat(Plans.serviceIds(plan)).contains("au-1800respect");
    assertThat(step(plan, "couples-therapy").caveats()).extracting(n -> n.ruleId())
        .containsExactly("power-imbalance-couples-work");
    assertThat(Plans.stepIds(plan)).contains("talking-about-expectations-and-boundaries", "individual-therapy");
  }

  @Test
  void unrealisticExpectationsAreTalkedThroughTogether() {
    RepairPlan plan = plan(answered(ReaderRole.BOTH, "unrealistic-expectations"));
    assertThat(Plans.stepIds(plan)).containsExactlyInAnyOrder("talking-about-expectations-and-boundaries",
        "active-listening");
    assertThat(plan.steps()).extracting(Step::actor).containsOnly(ActorRole.BOTH);
    assertThat(plan.suppressed()).isEmpty();
  }
}
