package org.trustatlas.core.safety;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.trustatlas.core.model.ActorRole;
import org.trustatlas.core.model.Challenge;
import org.trustatlas.core.model.Concept;

/**
 * Decides, from the reader's safety context and challenges, whether a candidate is shown, shown with
 * a caveat, suppressed or escalated. Rules are data and run in order: the first suppressing rule
 * wins, escalations and caveats accumulate. Immutable and deterministic.
 */
public final class SafetyGate {

  private final List<SafetyRule> rules;

  private SafetyGate(List<SafetyRule> rules) {
    this.rules = rules;
  }

  /** A gate over these rules, which must have distinct ids. */
  public static SafetyGate of(List<SafetyRule> rules) {
    Set<String> ids = new HashSet<>();
    for (SafetyRule rule : rules) {
      if (!ids.add(rule.id())) {
        throw new IllegalArgumentException("safety rule id '" + rule.id() + "' is used twice");
      }
    }
    return new SafetyGate(List.copyOf(rules));
  }

  /** The rules, in the order they are applied; unmodifiable. */
  public List<SafetyRule> rules() {
    return rules;
  }

  /**
   * Whether a concept may be shown to this reader, presented as its kind usually is ({@link
   * Candidate#of(Concept)}).
   */
  public Decision evaluate(SafetyContext context, Collection<Challenge> challenges, Concept candidate) {
    return evaluate(context, challenges, Candidate.of(candidate));
  }

  /**
   * Whether a candidate may be shown to a reader with this safety context and these challenges. The first
   * matching rule that suppresses decides; otherwise any escalating rule, or an emergency the reader
   * signalled, escalates (keeping the caveats); otherwise the caveats, if any, go with it.
   */
  public Decision evaluate(SafetyContext context, Collection<Challenge> challenges, Candidate candidate) {
    return decide(rules, context, challenges, candidate);
  }

  /**
   * This gate for one reader's situation, for an answer that asks about many candidates (a plan, a
   * search's results): the rules that cannot hold for any candidate in it (a rule about partner harm
   * when no flag says so) are set aside once, instead of being tested again for every candidate. It
   * decides exactly as {@link #evaluate(SafetyContext, Collection, Candidate)} would.
   */
  public Situated situated(SafetyContext context, Collection<Challenge> challenges) {
    Objects.requireNonNull(context, "context must not be null");
    List<Challenge> present = List.copyOf(challenges);
    List<SafetyRule> possible = new ArrayList<>();
    for (SafetyRule rule : rules) {
      if (rule.condition().settle(context, present) != Condition.Settled.NEVER) {
        possible.add(rule);
      }
    }
    return new Situated(List.copyOf(possible), context, present);
  }

  /** The gate for one situation; see {@link #situated}. */
  public static final class Situated {
    private final List<SafetyRule> rules;
    private final SafetyContext context;
    private final List<Challenge> challenges;

    private Situated(List<SafetyRule> rules, SafetyContext context, List<Challenge> challenges) {
      this.rules = rules;
      this.context = context;
      this.challenges = challenges;
    }

    /** Whether the candidate may be shown in this situation. */
    public Decision evaluate(Candidate candidate) {
      return decide(rules, context, challenges, candidate);
    }

    /** Whether the concept, presented as its kind usually is ({@link Candidate#of(Concept)}), may be shown. */
    public Decision evaluate(Concept concept) {
      return evaluate(Candidate.of(concept));
    }
  }

  private static Decision decide(List<SafetyRule> rules, SafetyContext context, Collection<Challenge> challenges,
      Candidate candidate) {
    List<Notice> escalations = new ArrayList<>();
    List<Notice> caveats = new ArrayList<>();
    Optional<Candidate> judged = Optional.of(candidate);
    for (SafetyRule rule : rules) {
      if (!rule.condition().holds(context, challenges, judged)) {
        continue;
      }
      Effect effect = rule.effect();
      switch (effect.kind()) {
        case SUPPRESS:
          return new Decision.Suppress(rule.id(), effect.text().orElseThrow());
        case ESCALATE:
          escalations.add(notice(rule));
          break;
        case SHOW_WITH_CAVEAT:
          caveats.add(notice(rule));
          break;
        default:
          break;
      }
    }
    if (!escalations.isEmpty() || context.emergencySignalled()) {
      return new Decision.Escalate(escalations, caveats);
    }
    return caveats.isEmpty() ? new Decision.Show() : new Decision.ShowWithCaveat(caveats);
  }

  /**
   * What the rules about a concept itself say to a reader nothing is known about (every safety
   * question unanswered, no challenge named), for a page or a command that shows the concept on its
   * own: couples therapy, for example, only with a therapist who first meets each partner alone.
   * Rules about a whole answer are left to plans.
   */
  public List<String> cautions(Concept concept) {
    Decision decision = evaluate(SafetyContext.unknown(), List.of(), concept);
    List<Notice> notes = new ArrayList<>();
    if (decision instanceof Decision.Suppress suppress) {
      notes.add(new Notice(suppress.ruleId(), suppress.reason()));
    } else if (decision instanceof Decision.Escalate escalate) {
      notes.addAll(escalate.escalations());
      notes.addAll(escalate.caveats());
    } else {
      notes.addAll(decision.caveats());
    }
    Set<String> aboutConcepts = new HashSet<>();
    for (SafetyRule rule : rules) {
      if (rule.aboutCandidate()) {
        aboutConcepts.add(rule.id());
      }
    }
    return notes.stream().filter(n -> aboutConcepts.contains(n.ruleId())).map(Notice::text).distinct().toList();
  }

  /** The whole answer: only rules that do not test a candidate take part. */
  public SafetyAssessment assess(SafetyContext context, Collection<Challenge> challenges) {
    List<Notice> escalations = new ArrayList<>();
    List<Notice> notices = new ArrayList<>();
    List<ServiceType> services = new ArrayList<>(floor(context, challenges));
    for (SafetyRule rule : rules) {
      if (rule.aboutCandidate() || !rule.condition().holds(context, challenges, Optional.empty())) {
        continue;
      }
      Effect effect = rule.effect();
      if (effect.kind() == EffectKind.ESCALATE) {
        escalations.add(notice(rule));
      } else if (effect.kind() == EffectKind.SHOW_WITH_CAVEAT) {
        notices.add(notice(rule));
      }
      services.addAll(effect.refer());
    }
    SafetyLevel level = SafetyLevel.of(context, challenges, !escalations.isEmpty());
    services.sort(Comparator.naturalOrder());
    SafetyAssessment assessment = new SafetyAssessment(level, escalations, notices, services);
    // A risk to the reader's own life comes before every other service; a reader who has used harm
    // and wants to stop is helped first by a behaviour-change line, not by services for victims.
    List<ServiceType> first = new ArrayList<>();
    if (context.flag(SafetyFlag.SELF_HARM_RISK) == TriState.YES) {
      first.add(ServiceType.CRISIS_LINE);
    }
    if (context.reader().filter(r -> r == ActorRole.USING_HARM).isPresent() && services.contains(ServiceType.BEHAVIOUR_CHANGE)) {
      first.add(ServiceType.BEHAVIOUR_CHANGE);
    }
    return first.isEmpty() ? assessment : assessment.leading(first);
  }

  // Services every pack lists, whatever its rules: a reader in danger is never left without them, and
  // a reader nobody has asked about self-harm is never left without a crisis line.
  private static List<ServiceType> floor(SafetyContext context, Collection<Challenge> challenges) {
    List<ServiceType> floor = new ArrayList<>();
    if (SafetyLevel.partnerHarm(context, challenges) || context.flag(SafetyFlag.IMMEDIATE_DANGER) == TriState.YES) {
      floor.add(ServiceType.DOMESTIC_VIOLENCE);
    }
    if (context.flag(SafetyFlag.SELF_HARM_RISK) != TriState.NO) {
      floor.add(ServiceType.CRISIS_LINE);
    }
    return floor;
  }

  private static Notice notice(SafetyRule rule) {
    return new Notice(rule.id(), rule.effect().text().orElseThrow());
  }
}
