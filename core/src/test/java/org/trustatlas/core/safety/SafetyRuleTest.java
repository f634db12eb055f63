package org.trustatlas.core.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.trustatlas.core.safety.Condition.allOf;
import static org.trustatlas.core.safety.Condition.anyFlag;
import static org.trustatlas.core.safety.Condition.candidate;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SafetyRuleTest {

  private static final Condition DANGER = anyFlag(TriState.YES, SafetyFlag.IMMEDIATE_DANGER);
  private static final Condition CONJOINT = candidate(CandidateTrait.CONJOINT);

  @Test
  void aSuppressingRuleMustSayWhichCandidatesItSuppresses() {
    assertThatThrownBy(() -> new SafetyRule("hide-all", DANGER, Effect.suppress("Hidden."), "Why.", "stith-2011"))
        .hasMessageContaining("'hide-all' suppresses but its condition never tests the candidate");
  }

  @Test
  void anEscalatingRuleIsAboutTheWholeAnswer() {
    assertThatThrownBy(() -> new SafetyRule("x", allOf(DANGER, CONJOINT), Effect.escalate("Call."), "Why.", "s"))
        .hasMessageContaining("must not test the candidate");
  }

  @Test
  void anItemRuleCannotReferToServices() {
    assertThatThrownBy(() -> new SafetyRule("x", CONJOINT, Effect.caveat("Careful.", ServiceType.CRISIS_LINE),
        "Why.", "s"))
        .hasMessageContaining("cannot refer to services");
  }

  @Test
  void effectsNeedReadableTextExceptReferrals() {
    assertThatThrownBy(() -> new Effect(EffectKind.SUPPRESS, Optional.of("  "), List.of()))
        .hasMessageContaining("suppress effect needs text");
    assertThatThrownBy(() -> new Effect(EffectKind.REFER, Optional.of("Hi."), List.of(ServiceType.CRISIS_LINE)))
        .hasMessageContaining("refer effect lists service types");
    assertThatThrownBy(() -> Effect.refer(ServiceType.EMERGENCY))
        .hasMessageContaining("emergency number is always in the safety block");
  }

  @Test
  void idsAndSourcesAreKebabSlugs() {
    assertThatThrownBy(() -> new SafetyRule("No Couples", CONJOINT, Effect.suppress("No."), "Why.", "stith-2011"))
        .hasMessageContaining("'No Couples' must be lower-kebab-case");
    assertThatThrownBy(() -> new SafetyRule("x", CONJOINT, Effect.suppress("No."), "Why.", "Stith 2011"))
        .hasMessageContaining("source 'Stith 2011'");
  }

  @Test
  void aGateRejectsTwoRulesWithOneId() {
    SafetyRule rule = new SafetyRule("x", CONJOINT, Effect.suppress("No."), "Why.", "s");
    assertThatThrownBy(() -> SafetyGate.of(List.of(rule, rule))).hasMessageContaining("'x' is used twice");
  }

  @Test
  void theDefaultRulesAreValidAndUniquelyNamed() {
    assertThat(SafetyRulesFixture.defaultGate().rules()).hasSize(SafetyRulesFixture.defaults().size());
  }
}
