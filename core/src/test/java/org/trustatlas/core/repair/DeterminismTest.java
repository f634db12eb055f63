package org.trustatlas.core.repair;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.trustatlas.core.safety.ResourcesFixture;
import org.trustatlas.core.safety.SafetyFlag;
import org.trustatlas.core.safety.SafetyRulesFixture;
import org.trustatlas.core.safety.TriState;

/** The same situation gives the same plan, from the same planner or a new one. */
class DeterminismTest {

  private static final Situation MIXED = Situation.of(ReaderRole.HURT_PARTNER, "infidelity", "past-sexual-trauma",
      "work-stress").withAggravators("sti").withFlag(SafetyFlag.SELF_HARM_RISK, TriState.NO).inRegion("CA");

  @Test
  void planningTwiceGivesEqualPlans() {
    assertThat(AtlasFixture.planner().plan(MIXED)).isEqualTo(AtlasFixture.planner().plan(MIXED));
  }

  @Test
  void aNewPlannerOverTheSameContentGivesAnEqualPlan() {
    RepairPlanner fresh = new RepairPlanner(AtlasFixture.atlas(), SafetyRulesFixture.defaultGate(),
        ResourcesFixture.directory());
    assertThat(fresh.plan(MIXED)).isEqualTo(AtlasFixture.planner().plan(MIXED));
    assertThat(PlanText.render(fresh.plan(MIXED))).isEqualTo(PlanText.render(AtlasFixture.planner().plan(MIXED)));
  }

  @Test
  void theOrderChallengesAreNamedInDoesNotChangeTheSteps() {
    Situation reversed = Situation.of(ReaderRole.HURT_PARTNER, "work-stress", "past-sexual-trauma", "infidelity")
        .withAggravators("sti").withFlag(SafetyFlag.SELF_HARM_RISK, TriState.NO).inRegion("CA");
    assertThat(Plans.stepIds(AtlasFixture.planner().plan(reversed)))
        .isEqualTo(Plans.stepIds(AtlasFixture.planner().plan(MIXED)));
  }
}
