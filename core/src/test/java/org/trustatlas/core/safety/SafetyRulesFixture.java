package org.trustatlas.core.safety;

import static org.trustatlas.core.model.ChallengeFamily.PARTNER_HARM;
import static org.trustatlas.core.model.ChallengeFamily.PAST_TRAUMA;
import static org.trustatlas.core.model.ChallengeFamily.STRUCTURAL;
import static org.trustatlas.core.safety.Condition.anyFlag;
import static org.trustatlas.core.safety.Condition.allOf;
import static org.trustatlas.core.safety.Condition.anyOf;
import static org.trustatlas.core.safety.Condition.challenge;
import static org.trustatlas.core.safety.Condition.family;
import static org.trustatlas.core.safety.Condition.not;
import static org.trustatlas.core.safety.Condition.reader;
import static org.trustatlas.core.safety.SafetyFlag.COERCIVE_CONTROL;
import static org.trustatlas.core.safety.SafetyFlag.FEAR_OF_PARTNER;
import static org.trustatlas.core.safety.SafetyFlag.IMMEDIATE_DANGER;
import static org.trustatlas.core.safety.SafetyFlag.ONGOING_ABUSE;
import static org.trustatlas.core.safety.SafetyFlag.SELF_HARM_RISK;
import static org.trustatlas.core.safety.SafetyFlag.SEXUAL_VIOLENCE_BY_PARTNER;
import static org.trustatlas.core.safety.TriState.UNKNOWN;
import static org.trustatlas.core.safety.TriState.YES;

import java.util.ArrayList;
import java.util.List;
import org.trustatlas.core.model.ActorRole;

/**
 * The bundled rule set ({@code content-model/.../bundled/safety-rules.yaml}) as Java, so core tests
 * need no YAML. Rules about the whole answer come first, then rules about one candidate
 * ({@link ItemRulesFixture}). {@code BundledSafetyYamlTest} keeps the two in step.
 */
public final class SafetyRulesFixture {

  private SafetyRulesFixture() {}

  public static SafetyGate defaultGate() {
    return SafetyGate.of(defaults());
  }

  public static List<SafetyRule> defaults() {
    List<SafetyRule> rules = new ArrayList<>(answerRules());
    rules.addAll(ItemRulesFixture.itemRules());
    return rules;
  }

  /**
   * A partner may be causing harm: a partner-harm challenge, one of the four flags is YES, or the
   * reader is the partner who has used harm.
   */
  static Condition partnerHarm() {
    return anyOf(family(PARTNER_HARM), anyFlag(YES, ONGOING_ABUSE, FEAR_OF_PARTNER, COERCIVE_CONTROL,
        SEXUAL_VIOLENCE_BY_PARTNER), reader(ActorRole.USING_HARM));
  }

  /** Partner harm, or danger right now from anyone. */
  static Condition harmOrDanger() {
    return anyOf(family(PARTNER_HARM), anyFlag(YES, ONGOING_ABUSE, FEAR_OF_PARTNER, COERCIVE_CONTROL,
        SEXUAL_VIOLENCE_BY_PARTNER, IMMEDIATE_DANGER), reader(ActorRole.USING_HARM));
  }

  static Condition partnerSafetyUnknown() {
    return anyFlag(UNKNOWN, ONGOING_ABUSE, FEAR_OF_PARTNER, COERCIVE_CONTROL, SEXUAL_VIOLENCE_BY_PARTNER,
        IMMEDIATE_DANGER);
  }

  static List<SafetyRule> answerRules() {
    return List.of(
        new SafetyRule("immediate-danger-comes-first", anyFlag(YES, IMMEDIATE_DANGER),
            Effect.escalate("If you or anyone else is in danger right now, call the emergency number first. "
                + "Everything below can wait until everyone is safe.", ServiceType.DOMESTIC_VIOLENCE),
            "Safety is the first principle of trauma-informed care; emergency guidance comes before anything else.",
            "samhsa-2014"),
        new SafetyRule("self-harm-risk-comes-first", anyFlag(YES, SELF_HARM_RISK),
            Effect.escalate("If you are thinking about ending your life or hurting yourself, please call a crisis "
                + "line or the emergency number now. You deserve support today.", ServiceType.CRISIS_LINE),
            "A risk to life comes before any relationship content.", "samhsa-2014"),
        new SafetyRule("partner-harm-safety-first",
            allOf(anyOf(family(PARTNER_HARM), anyFlag(YES, ONGOING_ABUSE, FEAR_OF_PARTNER, COERCIVE_CONTROL,
                SEXUAL_VIOLENCE_BY_PARTNER)), not(reader(ActorRole.USING_HARM))),
            Effect.caveat("What you describe can mean that a partner, or a relative or carer, is causing harm. If it "
                + "is happening to you, that is never your fault. If it is happening to someone you care about, it "
                + "is never their fault. It is not a shared problem for the two of you to fix together. A "
                + "domestic-violence service can help you think through safety, confidentially, whether it is yours "
                + "or theirs.", ServiceType.DOMESTIC_VIOLENCE),
            "Where one partner uses violence or control, the other is referred to individual and domestic-violence "
                + "services, not couples work.", "stith-2011"),
        new SafetyRule("stopping-harm-is-the-readers-own-work", reader(ActorRole.USING_HARM),
            Effect.caveat("What you describe is harm to your partner. Stopping it is your responsibility, and it can "
                + "be done: behaviour-change programmes exist for people who have used abuse and want to stop. Give "
                + "your partner and any children the distance they ask for, including no contact. If anyone is in "
                + "danger now, call the emergency number.", ServiceType.BEHAVIOUR_CHANGE),
            "Work with people who use abuse keeps the safety of the partner and children at its centre and holds "
                + "the person who caused harm responsible for stopping it.", "home-office-2023"),
        new SafetyRule("sexual-violence-refers-to-sexual-assault-services",
            anyOf(anyFlag(YES, SEXUAL_VIOLENCE_BY_PARTNER), challenge("sexual-violence-by-partner")),
            Effect.refer(ServiceType.SEXUAL_ASSAULT),
            "Sexual violence by a partner calls for specialist sexual-assault support as well.", "samhsa-2014"),
        new SafetyRule("past-trauma-survivor-sets-the-pace", family(PAST_TRAUMA),
            Effect.caveat("You set the pace. Nothing here has to happen before you are ready, and you never have "
                + "to share details you would rather keep to yourself. Trauma-focused therapy is the help with the "
                + "strongest evidence.", ServiceType.SEXUAL_ASSAULT),
            "Voice and choice: survivors decide pacing and disclosure; self-care alone is not treatment.",
            "samhsa-2014"),
        new SafetyRule("addiction-refers-to-treatment-services", challenge("addiction"),
            Effect.refer(ServiceType.SUBSTANCE),
            "Addiction is treated individually first; untreated severe substance use blocks couples work.",
            "samhsa-2014"),
        new SafetyRule("power-imbalance-check-for-control", family(STRUCTURAL),
            Effect.caveat("When one partner has much more say over money, decisions or sex, ask yourself whether "
                + "it feels like pressure or control. If it does, that is a safety question, not a shared problem "
                + "to solve together, and the services below can help you think it through.",
                ServiceType.DOMESTIC_VIOLENCE),
            "A power imbalance can be coercive control; it must be screened for before it is treated as shared.",
            "stith-2011"),
        new SafetyRule("unknown-flags-neutral-safety-note", anyFlag(UNKNOWN, SafetyFlag.values()),
            Effect.caveat("Some questions about safety have not been answered, and nothing here assumes the "
                + "answers. If anyone in the relationship is afraid, pressured into sex or at risk, the services "
                + "listed here can help, and safety comes before any step below.",
                ServiceType.DOMESTIC_VIOLENCE),
            "Many couples in therapy have had violent episodes that went unasked; silence is not safety.",
            "stith-2011"),
        new SafetyRule("unknown-flags-separate-screening",
            allOf(anyFlag(UNKNOWN, SafetyFlag.values()), not(harmOrDanger())),
            Effect.caveat("A safe first step is a conversation with a counsellor on your own, without your partner "
                + "present, where you can speak freely about your safety. Good couples therapists also see each "
                + "partner alone before any joint session."),
            "Screen every couple, interviewing each partner separately, before any joint sessions.",
            "stith-2011"));
  }
}
