package org.trustatlas.core.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trustatlas.core.model.Challenge;
import org.trustatlas.core.model.ChallengeFamily;

/** The levels are a floor: lifting one never lowers it, and every level about harm leads with the emergency number. */
class SafetyLevelTest {

  private static SafetyAssessment at(SafetyLevel level) {
    return new SafetyAssessment(level, List.of(), List.of(), List.of());
  }

  @Test
  void harmToAChildIsSpelledChildAtRiskAndLeadsWithTheEmergencyNumber() {
    assertThat(SafetyLevel.CHILD_AT_RISK.slug()).isEqualTo("child-at-risk");
    assertThat(SafetyLevel.CHILD_AT_RISK.leadsWithEmergencyNumber()).isTrue();
    assertThat(SafetyLevel.PARTNER_HARM.leadsWithEmergencyNumber()).isTrue();
    assertThat(SafetyLevel.UNSCREENED.leadsWithEmergencyNumber()).isFalse();
  }

  @Test
  void liftingToChildAtRiskNamesTheChildsHarmButNeverLowersAnEmergency() {
    assertThat(at(SafetyLevel.PARTNER_HARM).atLeast(SafetyLevel.CHILD_AT_RISK).level())
        .isEqualTo(SafetyLevel.CHILD_AT_RISK);
    assertThat(at(SafetyLevel.UNSCREENED).atLeast(SafetyLevel.CHILD_AT_RISK).level())
        .isEqualTo(SafetyLevel.CHILD_AT_RISK);
    assertThat(at(SafetyLevel.EMERGENCY).atLeast(SafetyLevel.CHILD_AT_RISK).level())
        .isEqualTo(SafetyLevel.EMERGENCY);
  }

  @Test
  void liftingToPartnerHarmNeverLowersAChildsHarmOrAnEmergency() {
    assertThat(at(SafetyLevel.CHILD_AT_RISK).atLeast(SafetyLevel.PARTNER_HARM).level())
        .isEqualTo(SafetyLevel.CHILD_AT_RISK);
    assertThat(at(SafetyLevel.EMERGENCY).atLeast(SafetyLevel.PARTNER_HARM).level())
        .isEqualTo(SafetyLevel.EMERGENCY);
    assertThat(at(SafetyLevel.NO_RISK_SIGNALLED).atLeast(SafetyLevel.PARTNER_HARM).level())
        .isEqualTo(SafetyLevel.PARTNER_HARM);
  }

  /**
   * The gate's own level never says CHILD_AT_RISK: only a search's danger words lift to it. This looped over the
   * flags alone, with no challenge named and no rule escalating, so a level taken from a challenge or a rule could
   * say CHILD_AT_RISK unseen; every combination now meets no challenge and one of each family, escalated or not,
   * and the loop must reach every level the gate does set.
   */
  @Test
  void theGateNeverSetsChildAtRiskItselfOnlyASearchsDangerWordsDo() {
    List<SafetyContext> contexts = FlagCombinations.all(Region.of("GB"));
    assertThat(contexts).hasSize(729);
    List<List<Challenge>> named = new ArrayList<>();
    named.add(List.of());
    for (ChallengeFamily family : ChallengeFamily.values()) {
      named.add(List.of(SampleConcepts.challenge("named-" + family.slug(), family)));
    }
    Set<SafetyLevel> reached = EnumSet.noneOf(SafetyLevel.class);
    for (SafetyContext context : contexts) {
      for (List<Challenge> challenges : named) {
        for (boolean escalated : new boolean[] {false, true}) {
          SafetyLevel level = SafetyLevel.of(context, challenges, escalated);
          assertThat(level).as("%s, %s, escalated %s", context, challenges, escalated)
              .isNotEqualTo(SafetyLevel.CHILD_AT_RISK);
          reached.add(level);
        }
      }
    }
    assertThat(reached).containsExactlyInAnyOrder(SafetyLevel.EMERGENCY, SafetyLevel.PARTNER_HARM,
        SafetyLevel.UNSCREENED, SafetyLevel.NO_RISK_SIGNALLED);
  }
}
