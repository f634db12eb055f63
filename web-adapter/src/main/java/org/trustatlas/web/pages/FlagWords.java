package org.trustatlas.web.pages;

import java.util.List;
import org.trustatlas.core.safety.SafetyFlag;

/**
 * The plan form's safety questions, one per flag, in the order a form asks them: danger now first.
 * Wording only; what an answer changes is decided by the core's safety gate.
 */
final class FlagWords {

  static final List<SafetyFlag> ORDER = List.of(SafetyFlag.IMMEDIATE_DANGER, SafetyFlag.SELF_HARM_RISK,
      SafetyFlag.FEAR_OF_PARTNER, SafetyFlag.ONGOING_ABUSE, SafetyFlag.COERCIVE_CONTROL,
      SafetyFlag.SEXUAL_VIOLENCE_BY_PARTNER);

  private FlagWords() {}

  static String question(SafetyFlag flag) {
    return switch (flag) {
      case IMMEDIATE_DANGER -> "Are you in danger right now?";
      case SELF_HARM_RISK -> "Have you had thoughts of hurting yourself or ending your life?";
      case FEAR_OF_PARTNER -> "Are you afraid of your partner?";
      case ONGOING_ABUSE -> "Is your partner hurting you now, physically or emotionally?";
      case COERCIVE_CONTROL -> "Does your partner control where you go, who you see, or your money or phone?";
      case SEXUAL_VIOLENCE_BY_PARTNER -> "Has your partner pressured or forced you into sexual acts?";
    };
  }
}
