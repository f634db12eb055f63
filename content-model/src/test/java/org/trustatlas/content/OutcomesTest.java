package org.trustatlas.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.trustatlas.core.model.Challenge;
import org.trustatlas.core.model.ChallengeFamily;
import org.trustatlas.core.repair.OutcomeItem;
import org.trustatlas.core.repair.ReaderRole;
import org.trustatlas.core.repair.RepairPlan;
import org.trustatlas.core.repair.Situation;
import org.trustatlas.core.safety.SafetyFlag;
import org.trustatlas.core.safety.TriState;

/** On the bundled pack, separation is always a valid ending and forgiveness is never required. */
class OutcomesTest {

  private final TrustAtlas atlas = TrustAtlas.bundled();

  @Test
  void couplesTherapyCarriesACautionOnItsOwnAndAPlainPracticeNone() {
    assertThat(atlas.cautions(atlas.atlas().concept("couples-therapy").orElseThrow())).isNotEmpty();
    assertThat(atlas.cautions(atlas.atlas().concept("verbal-compliments").orElseThrow())).isEmpty();
  }

  @Test
  void everyBetrayalOrPartnerHarmPlanListsSeparationForEveryRole() {
    for (Challenge challenge : atlas.atlas().concepts(Challenge.class)) {
      if (challenge.family() != ChallengeFamily.RELATIONAL_BETRAYAL && challenge.family() != ChallengeFamily.PARTNER_HARM) {
        continue;
      }
      for (ReaderRole role : ReaderRole.values()) {
        for (TriState fear : TriState.values()) {
          RepairPlan plan = atlas.plan(Situation.of(role, challenge.id().value()).inRegion("US")
              .withFlag(SafetyFlag.FEAR_OF_PARTNER, fear).withFlag(SafetyFlag.ONGOING_ABUSE, fear));
          assertThat(plan.outcomes()).extracting(o -> o.id().value())
              .as("%s, %s, fear %s", challenge.id(), role, fear)
              .contains("separation");
          assertThat(plan.outcomes()).filteredOn(o -> o.id().value().equals("forgiveness"))
              .allMatch(OutcomeItem::optional);
        }
      }
    }
  }
}
