package org.trustatlas.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.trustatlas.core.safety.SafetyFlag;

class FlagWordsTest {

  /** A flag the core adds must be asked on the plan form too, or readers could never answer it. */
  @Test
  void thePlanFormAsksAboutEverySafetyFlagOnceDangerFirst() {
    assertThat(FlagWords.ORDER).containsExactlyInAnyOrder(SafetyFlag.values());
    assertThat(FlagWords.ORDER.get(0)).isEqualTo(SafetyFlag.IMMEDIATE_DANGER);
    for (SafetyFlag flag : SafetyFlag.values()) {
      assertThat(FlagWords.question(flag)).endsWith("?");
    }
  }
}
