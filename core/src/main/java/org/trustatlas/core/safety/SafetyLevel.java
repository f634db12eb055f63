package org.trustatlas.core.safety;

import java.util.Collection;
import org.trustatlas.core.model.Challenge;
import org.trustatlas.core.internal.Slugs;

/**
 * How urgent safety is in an answer, most urgent first. The levels are a floor the rules cannot lower:
 * whatever a pack's rules say, immediate danger is an emergency, and harm to a child or by a partner
 * leads with the emergency number. A child's harm has a level of its own rather than being called a
 * partner's, so a front end can tell it apart.
 */
public enum SafetyLevel {
  /** Danger now, or a risk of self-harm: the emergency number and crisis services come first. */
  EMERGENCY,
  /**
   * Every danger the reader's words tell of is harm to a child, or harm a child or young person may do
   * ("im 12 my dad hits me", a parent who found sexual images of children on their child's phone), or harm to a
   * reader whose words say they are young that names no domestic-violence line ("im 14 my uncle raped me"): child
   * protection first, no joint work. Only a search's danger words set it, never the gate's flags; it
   * ranks above partner harm so that, when the flags those words imply also read as a partner's harm,
   * lifting the level to this one names the child's harm instead.
   */
  CHILD_AT_RISK,
  /**
   * A partner may be causing harm: safety first, individual support, no joint work. Also any other harm a
   * search's words tell of that is not only a child's (an assault by a stranger, a threat to share images):
   * the block leads with the emergency number either way.
   */
  PARTNER_HARM,
  /** Nothing says the reader is unsafe, but some safety questions are unanswered. */
  UNSCREENED,
  /** Every safety question was answered and none signals a risk. */
  NO_RISK_SIGNALLED;

  static SafetyLevel of(SafetyContext context, Collection<Challenge> challenges, boolean escalatedByRule) {
    if (escalatedByRule || context.emergencySignalled()) {
      return EMERGENCY;
    }
    if (partnerHarm(context, challenges)) {
      return PARTNER_HARM;
    }
    return context.anyUnknown() ? UNSCREENED : NO_RISK_SIGNALLED;
  }

  /** A partner-harm challenge is named, or a partner-harm flag is YES. */
  public static boolean partnerHarm(SafetyContext context, Collection<Challenge> challenges) {
    return context.partnerHarmSignalled() || challenges.stream().anyMatch(Challenge::isPartnerHarm);
  }

  /** Whether the safety block starts with the emergency number. */
  public boolean leadsWithEmergencyNumber() {
    return switch (this) {
      case EMERGENCY, CHILD_AT_RISK, PARTNER_HARM -> true;
      case UNSCREENED, NO_RISK_SIGNALLED -> false;
    };
  }

  /**
   * This value as pack files, the command line and the API spell it: lower-kebab case ({@code HURT_PARTNER}
   * is {@code hurt-partner}).
   */
  public String slug() {
    return Slugs.of(this);
  }
}
