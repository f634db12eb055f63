package org.trustatlas.core.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.trustatlas.core.safety.SafetyFlag.FEAR_OF_PARTNER;
import static org.trustatlas.core.safety.SafetyFlag.IMMEDIATE_DANGER;
import static org.trustatlas.core.safety.SafetyFlag.SELF_HARM_RISK;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SafetyContextTest {

  @Test
  void everyFlagIsUnknownUntilAnswered() {
    SafetyContext context = SafetyContext.unknown();
    for (SafetyFlag flag : SafetyFlag.values()) {
      assertThat(context.flag(flag)).isEqualTo(TriState.UNKNOWN);
    }
    assertThat(context.region()).isEqualTo(Region.INTERNATIONAL);
  }

  @Test
  void answeringOneFlagLeavesTheOthersUnknown() {
    SafetyContext context = SafetyContext.unknown().with(FEAR_OF_PARTNER, TriState.NO);
    assertThat(context.flag(FEAR_OF_PARTNER)).isEqualTo(TriState.NO);
    assertThat(context.flag(IMMEDIATE_DANGER)).isEqualTo(TriState.UNKNOWN);
    assertThat(context.anyUnknown()).isTrue();
  }

  @Test
  void fearOfThePartnerSignalsPartnerHarmButNotAnEmergency() {
    SafetyContext context = SafetyContext.unknown().with(FEAR_OF_PARTNER, TriState.YES);
    assertThat(context.partnerHarmSignalled()).isTrue();
    assertThat(context.emergencySignalled()).isFalse();
  }

  @Test
  void dangerNowOrSelfHarmRiskIsAnEmergency() {
    assertThat(SafetyContext.unknown().with(IMMEDIATE_DANGER, TriState.YES).emergencySignalled()).isTrue();
    assertThat(SafetyContext.unknown().with(SELF_HARM_RISK, TriState.YES).emergencySignalled()).isTrue();
    assertThat(SafetyContext.unknown().with(SELF_HARM_RISK, TriState.YES).partnerHarmSignalled()).isFalse();
  }

  @Test
  void contextsWithTheSameAnswersAreEqual() {
    SafetyContext given = new SafetyContext(Map.of(FEAR_OF_PARTNER, TriState.NO), Region.of("GB"));
    assertThat(given).isEqualTo(SafetyContext.unknown(Region.of("GB")).with(FEAR_OF_PARTNER, TriState.NO));
  }

  @Test
  void flagsAndStatesParseFromSlugsAndNameTheValidOnesOtherwise() {
    assertThat(SafetyFlag.parse("fear-of-partner")).isEqualTo(FEAR_OF_PARTNER);
    assertThat(TriState.parse("unknown")).isEqualTo(TriState.UNKNOWN);
    assertThatThrownBy(() -> SafetyFlag.parse("fear-of-partnr"))
        .hasMessageContaining("'fear-of-partnr'")
        .hasMessageContaining("did you mean 'fear-of-partner'")
        .hasMessageContaining("valid: ongoing-abuse, fear-of-partner");
  }

  @Test
  void theFlagsCannotBeChangedFromOutside() {
    assertThatThrownBy(() -> SafetyContext.unknown().flags().put(FEAR_OF_PARTNER, TriState.NO))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
