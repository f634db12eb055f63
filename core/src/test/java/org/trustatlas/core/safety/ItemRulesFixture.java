package org.trustatlas.core.safety;

import static org.trustatlas.core.model.ActorRole.BOTH;
import static org.trustatlas.core.model.ActorRole.HURT_PARTNER;
import static org.trustatlas.core.model.ActorRole.INVOLVED_PARTNER;
import static org.trustatlas.core.model.ActorRole.SUPPORTER;
import static org.trustatlas.core.model.ActorRole.SURVIVOR;
import static org.trustatlas.core.model.ActorRole.USING_HARM;
import static org.trustatlas.core.model.ChallengeFamily.PAST_TRAUMA;
import static org.trustatlas.core.model.ChallengeFamily.RELATIONAL_BETRAYAL;
import static org.trustatlas.core.model.ChallengeFamily.STRUCTURAL;
import static org.trustatlas.core.safety.CandidateTrait.ADJUNCT;
import static org.trustatlas.core.safety.CandidateTrait.AS_REQUIREMENT;
import static org.trustatlas.core.safety.CandidateTrait.CONJOINT;
import static org.trustatlas.core.safety.CandidateTrait.INVOLVES_FAULT;
import static org.trustatlas.core.safety.CandidateTrait.MALADAPTIVE_REACTION;
import static org.trustatlas.core.safety.CandidateTrait.OPTIONAL_OUTCOME;
import static org.trustatlas.core.safety.CandidateTrait.SEXUAL_PRACTICE;
import static org.trustatlas.core.safety.Condition.actor;
import static org.trustatlas.core.safety.Condition.allOf;
import static org.trustatlas.core.safety.Condition.anyOf;
import static org.trustatlas.core.safety.Condition.candidate;
import static org.trustatlas.core.safety.Condition.challenge;
import static org.trustatlas.core.safety.Condition.family;
import static org.trustatlas.core.safety.Condition.reader;
import static org.trustatlas.core.safety.SafetyRulesFixture.harmOrDanger;
import static org.trustatlas.core.safety.SafetyRulesFixture.partnerSafetyUnknown;

import java.util.List;
import org.trustatlas.core.model.ActorRole;

/** The bundled rules about one candidate: suppressions first (the first match wins), then caveats. */
final class ItemRulesFixture {

  private ItemRulesFixture() {}

  static List<SafetyRule> itemRules() {
    return List.of(
        rule("no-couples-work-for-the-partner-who-used-harm", allOf(candidate(CONJOINT), reader(USING_HARM)),
            Effect.suppress("Couples sessions and joint exercises are left out: after harm to a partner they can put "
                + "your partner at risk, and they are not where stopping starts. A behaviour-change programme is."),
            "Conjoint therapy is contraindicated with ongoing violence or coercive control; people who use abuse are "
                + "referred to specialist programmes.", "stith-2011"),
        rule("no-couples-work-when-harm-or-danger", allOf(candidate(CONJOINT), harmOrDanger()),
            Effect.suppress("Couples sessions and joint exercises are left out while a partner may be causing harm "
                + "or you may be in danger: they can raise the risk, and what you share can be used against you. "
                + "Individual support is offered instead."),
            "Conjoint therapy is contraindicated with ongoing violence, coercive control or fear of the partner.",
            "stith-2011"),
        rule("no-shared-blame-for-harm", allOf(candidate(INVOLVES_FAULT), actor(BOTH), harmOrDanger()),
            Effect.suppress("Harm done by a partner is that partner's responsibility alone; you are not asked to "
                + "share the blame."),
            "Asking both partners to own mistakes after abuse is victim-blaming.", "gottman-2015"),
        rule("no-steps-between-partners-for-the-partner-who-used-harm",
            allOf(actor(BOTH, INVOLVED_PARTNER, HURT_PARTNER), reader(USING_HARM)),
            Effect.suppress("Steps between the two of you are left out: your partner decides whether there is any "
                + "contact and when, and changing what you do comes first, whatever they decide."),
            "The person harmed decides about contact; work with people who use abuse centres the partner's safety.",
            "home-office-2023"),
        rule("no-steps-between-partners-while-harm-or-danger",
            allOf(actor(BOTH, INVOLVED_PARTNER, HURT_PARTNER), harmOrDanger()),
            Effect.suppress("Steps between the two of you wait while a partner may be causing harm or you may be "
                + "in danger: they can raise the risk, what you share can be used against you, and your safety must "
                + "not depend on anyone changing. This plan puts your safety and your own support first."),
            "Joint work and vulnerability can be exploited by a partner who controls; safety planning centres the "
                + "person at risk, and individual variants stay available.", "stith-2011"),
        rule("stopping-harm-is-not-the-harmed-partners-work",
            allOf(actor(USING_HARM), reader(SURVIVOR, HURT_PARTNER, SUPPORTER)),
            Effect.suppress("Steps for the partner who used harm are theirs alone. Whether they change is not yours "
                + "to manage, and a promise to change is never a reason to stay anywhere you do not feel safe."),
            "Work with people who use abuse must not make the person harmed responsible for the change; their "
                + "safety stays at the centre.", "home-office-2023"),
        rule("the-harmed-partners-steps-are-theirs",
            allOf(actor(SURVIVOR, HURT_PARTNER, SUPPORTER), reader(USING_HARM)),
            Effect.suppress("Your partner's safety planning, support and recovery are theirs to choose, at their own "
                + "pace. They are not listed for you to check, steer or take part in: respect their decisions, "
                + "including a decision to leave or to have no contact with you."),
            "The person harmed decides what happens next; a person who has used abuse must not monitor or steer "
                + "their safety planning.", "samhsa-2014"),
        rule("a-programme-before-other-help", allOf(actor(ActorRole.INDIVIDUAL), reader(USING_HARM)),
            Effect.suppress("Therapy, anger management or self-care on their own are not the help that stops abuse. "
                + "A behaviour-change programme is; other help can go alongside it, never instead of it."),
            "Individual therapy or anger management alone is not a substitute for a specialist programme for people "
                + "who use abuse.", "home-office-2023"),
        rule("hurt-partner-never-owns-the-breach", allOf(candidate(INVOLVES_FAULT), actor(HURT_PARTNER)),
            Effect.suppress("The partner who was hurt is never asked to own the breach."),
            "Repair of an attachment injury rests on the offending partner's ownership.",
            "johnson-2001"),
        rule("no-sexual-exploration-under-pressure",
            allOf(candidate(SEXUAL_PRACTICE), anyOf(harmOrDanger(), family(STRUCTURAL))),
            Effect.suppress("Suggestions about sexual exploration are left out while there are signs of pressure, "
                + "control or harm. Consent has to be free, and that comes first."),
            "Sexual practices need mutual consent and no active risk; under a power imbalance they can become "
                + "coercion.", "samhsa-2014"),
        rule("forgiveness-is-never-required", allOf(candidate(OPTIONAL_OUTCOME), candidate(AS_REQUIREMENT)),
            Effect.suppress("Forgiveness is never a requirement for repair or for safety; it is a possibility some "
                + "people reach and others do not."),
            "Pressure to forgive is harmful; with aggression, forgiving goes with aggression continuing.",
            "mcnulty-2011"),
        rule("reactions-are-described-not-advised", candidate(MALADAPTIVE_REACTION),
            Effect.suppress("Revenge and blame are described as common reactions, never suggested as something to "
                + "do."),
            "Maladaptive reactions are explained so readers recognise them, not offered as options.",
            "gordon-2004"),
        rule("conjoint-needs-separate-screening", allOf(candidate(CONJOINT), partnerSafetyUnknown()),
            Effect.caveat("If either of you is afraid of the other or feels pressured, leave this step out. For joint "
                + "sessions, choose a therapist who first meets each of you alone and asks about safety."),
            "When safety is unknown, screen each partner separately before joint sessions.", "stith-2011"),
        rule("trauma-informed-couples-work", allOf(candidate(CONJOINT), family(PAST_TRAUMA)),
            Effect.caveat("Only with a trauma-informed therapist, and only if the survivor wants it."),
            "Survivors choose whether and when joint work happens.", "samhsa-2014"),
        rule("power-imbalance-couples-work", allOf(candidate(CONJOINT), family(STRUCTURAL)),
            Effect.caveat("Choose a therapist who meets each of you alone first; if the imbalance feels like control "
                + "or fear, leave couples work out."),
            "A power imbalance must be screened for coercive control before couples work.", "stith-2011"),
        rule("addiction-treatment-alongside-couples-work", allOf(candidate(CONJOINT), challenge("addiction")),
            Effect.caveat("Couples work goes best alongside or after treatment for the addiction; a therapist can "
                + "help you judge when."),
            "Severe untreated substance use is an impasse for couples therapy; individual treatment comes first.",
            "creating-healthy-connections"),
        rule("shared-steps-are-not-shared-blame",
            allOf(candidate(INVOLVES_FAULT), actor(BOTH), family(RELATIONAL_BETRAYAL)),
            Effect.caveat("Owning the breach is the work of the partner who broke trust. Looking at each person's "
                + "part in the relationship comes later and never makes the breach a shared fault."),
            "After infidelity, a 'both partners' apology shifts blame onto the hurt partner.",
            "johnson-2001"),
        rule("self-care-is-not-treatment", candidate(ADJUNCT),
            Effect.caveat("Self-care supports recovery; it does not replace therapy or trauma-focused treatment."),
            "Self-care is not treatment for PTSD.", "yehuda-2015"),
        rule("forgiveness-is-optional", candidate(OPTIONAL_OUTCOME),
            Effect.caveat("Possible, never required. Trust can be rebuilt, and a relationship can end well, "
                + "without it."),
            "Recovery can end together or apart; forgiveness is one possible outcome.",
            "gordon-2004"),
        rule("forgiveness-does-not-bring-safety", allOf(candidate(OPTIONAL_OUTCOME), harmOrDanger()),
            Effect.caveat("Forgiving a partner who is causing harm does not make you safer: in one study, "
                + "aggression continued where partners forgave more."),
            "Forgiveness is not a safety intervention.", "mcnulty-2011"),
        rule("consent-is-ongoing", candidate(SEXUAL_PRACTICE),
            Effect.caveat("Only with freely given consent, which can change or be withdrawn at any moment and is "
                + "never owed."),
            "Consent must be ongoing, revocable and free of pressure.", "samhsa-2014"),
        rule("touch-after-trauma", allOf(candidate(SEXUAL_PRACTICE), family(PAST_TRAUMA)),
            Effect.caveat("Touch can bring back memories of trauma. Go at the survivor's pace and stop whenever they "
                + "want; trauma-focused therapy can help with this."),
            "Touch can trigger trauma survivors; refer to trauma-focused treatment.", "yehuda-2015"));
  }

  private static SafetyRule rule(String id, Condition condition, Effect effect, String rationale, String source) {
    return new SafetyRule(id, condition, effect, rationale, source);
  }
}
