package org.trustatlas.core.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

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

  @Test
  void theGateNeverSetsChildAtRiskItselfOnlyASearchsDangerWordsDo() {
    for (SafetyContext context : FlagCombinations.all(Region.of("GB"))) {
      assertThat(SafetyLevel.of(context, List.of(), false)).isNotEqualTo(SafetyLevel.CHILD_AT_RISK);
    }
  }
}
