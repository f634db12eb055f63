package org.trustatlas.core.safety;

import org.trustatlas.core.internal.Require;
import java.util.Objects;

/**
 * One safety rule, as pack data a clinician can review: when it applies, what it does, why, and
 * which source says so.
 *
 * @param source the bibliography key of the source the rule rests on
 */
public record SafetyRule(String id, Condition condition, Effect effect, String rationale, String source) {

  public SafetyRule {
    id = Require.slug(id, "safety rule id");
    Objects.requireNonNull(condition, "safety rule '" + id + "' needs a condition");
    Objects.requireNonNull(effect, "safety rule '" + id + "' needs an effect");
    rationale = Require.text(rationale, "safety rule '" + id + "' rationale");
    source = Require.slug(source, "safety rule '" + id + "' source");
    checkScope(id, condition, effect);
  }

  // Suppressing only makes sense for an item; escalating and referring only for a whole answer.
  private static void checkScope(String id, Condition condition, Effect effect) {
    boolean item = condition.aboutCandidate();
    if (effect.kind() == EffectKind.SUPPRESS && !item) {
      throw new IllegalArgumentException("safety rule '" + id + "' suppresses but its condition never tests the "
          + "candidate, so it would suppress everything; add a candidate or actor condition");
    }
    if ((effect.kind() == EffectKind.ESCALATE || effect.kind() == EffectKind.REFER) && item) {
      throw new IllegalArgumentException("safety rule '" + id + "' is about the whole answer (" + effect.kind().slug()
          + "), so its condition must not test the candidate");
    }
    if (item && !effect.refer().isEmpty()) {
      throw new IllegalArgumentException("safety rule '" + id + "' tests the candidate, so it cannot refer to "
          + "services; put the referral in a rule about the whole answer");
    }
  }

  /** Whether the rule is about one candidate rather than the whole answer. */
  public boolean aboutCandidate() {
    return condition.aboutCandidate();
  }
}
