package org.trustatlas.core.repair;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trustatlas.core.model.ActorRole;
import org.trustatlas.core.model.Concept;
import org.trustatlas.core.model.ConceptId;
import org.trustatlas.core.model.Direction;
import org.trustatlas.core.model.Link;
import org.trustatlas.core.model.Outcome;
import org.trustatlas.core.model.Phase;
import org.trustatlas.core.model.RebuildingStrategy;
import org.trustatlas.core.model.RecoveryRequirement;
import org.trustatlas.core.model.RelationKind;
import org.trustatlas.core.safety.Candidate;
import org.trustatlas.core.safety.Decision;
import org.trustatlas.core.safety.Notice;
import org.trustatlas.core.safety.SafetyAssessment;
import org.trustatlas.core.safety.SafetyContext;
import org.trustatlas.core.safety.SafetyGate;
import org.trustatlas.core.safety.SafetyFlag;
import org.trustatlas.core.safety.SafetyLevel;
import org.trustatlas.core.safety.TriState;

/**
 * Builds one plan. Everything shown has passed the gate; everything left out says which rule and why.
 * Requirements and outcomes come in the order the plan reaches them, phase by phase, so a plan that
 * starts with safety names safety first.
 */
final class PlanBuilder {

  /**
   * Within a phase, after the reader's own steps: the survivor's and the involved partner's steps lead,
   * the hurt partner's optional ones follow.
   */
  private static final List<ActorRole> LEAD = List.of(ActorRole.SURVIVOR, ActorRole.USING_HARM,
      ActorRole.INVOLVED_PARTNER, ActorRole.INDIVIDUAL, ActorRole.BOTH, ActorRole.HURT_PARTNER, ActorRole.SUPPORTER);

  private final Toolkit kit;
  /** The gate for this situation: every candidate of the plan is asked about in the same one. */
  private final SafetyGate.Situated gate;
  private final SafetyContext context;
  private final Reading reading;
  private final Resolver.Resolved resolved;
  private final Set<String> spoken;
  private final List<SuppressedItem> suppressed = new ArrayList<>();
  private final Map<ConceptId, SuppressedItem> suppressedStrategies = new LinkedHashMap<>();
  private final List<RebuildingStrategy> included = new ArrayList<>();
  private final List<Phase> phases = new ArrayList<>();
  private final List<Outcome> outcomes = new ArrayList<>();

  PlanBuilder(Toolkit kit, SafetyContext context, Reading reading, Resolver.Resolved resolved,
      SafetyAssessment assessment) {
    this.kit = kit;
    this.context = context;
    this.reading = reading;
    this.resolved = resolved;
    this.spoken = assessment.ruleIds();
    this.gate = kit.gate().situated(context, resolved.challenges());
  }

  List<PlanPhase> phases() {
    Map<RebuildingStrategy, List<Candidates.Reason>> candidates = kit.candidates().select(resolved, harmOrDanger());
    Map<ConceptId, List<Notice>> caveats = new LinkedHashMap<>();
    for (RebuildingStrategy strategy : candidates.keySet()) {
      Decision decision = decide(Candidate.of(strategy));
      if (decision instanceof Decision.Suppress suppress) {
        suppressedStrategies.put(strategy.id(), leaveOut(strategy, suppress.ruleId(), suppress.reason()));
      } else {
        included.add(strategy);
        caveats.put(strategy.id(), unspoken(decision));
      }
    }
    Set<Phase> used = new LinkedHashSet<>();
    included.forEach(s -> used.add((Phase) kit.atlas().concept(s.phase()).orElseThrow()));
    phases.addAll(PhaseOrder.of(kit.atlas(), used, kit.pack()));
    Comparator<RebuildingStrategy> lead = Comparator.comparing(RebuildingStrategy::adjunct)
        .thenComparing(s -> !reading.owns(s.actor())).thenComparingInt(s -> LEAD.indexOf(s.actor()))
        .thenComparing(kit.pack().comparator());
    List<PlanPhase> result = new ArrayList<>();
    List<RebuildingStrategy> inPlanOrder = new ArrayList<>();
    for (Phase phase : phases) {
      List<RebuildingStrategy> ordered = included.stream().filter(s -> s.phase().equals(phase.id())).sorted(lead)
          .toList();
      inPlanOrder.addAll(ordered);
      List<Step> steps = ordered.stream()
          .map(s -> kit.writer().write(s, candidates.get(s), reading, caveats.get(s.id()))).toList();
      result.add(new PlanPhase(phase.id(), phase.label(), phase.summary(), steps));
    }
    included.clear();
    included.addAll(inPlanOrder);
    return result;
  }

  /** Outcomes the plan's phases, its steps and the situation lead to, in that order; call after {@link #phases()}. */
  List<OutcomeItem> outcomes() {
    List<Concept> from = new ArrayList<>(phases);
    from.addAll(included);
    from.addAll(resolved.challenges());
    List<OutcomeItem> items = new ArrayList<>();
    for (Outcome outcome : reached(from, RelationKind.LEADS_TO, Outcome.class)) {
      Decision decision = decide(Candidate.of(outcome));
      if (decision instanceof Decision.Suppress suppress) {
        leaveOut(outcome, suppress.ruleId(), suppress.reason());
      } else {
        outcomes.add(outcome);
        items.add(new OutcomeItem(outcome.id(), outcome.label(), outcome.summary(), outcome.optional(),
            unspoken(decision), kit.quotes().sentences(List.of(outcome.citations()))));
      }
    }
    return items;
  }

  /** What the phases, steps and outcomes need; call after {@link #outcomes()}. */
  List<RequirementItem> requirements() {
    List<Concept> from = new ArrayList<>(phases);
    from.addAll(included);
    from.addAll(outcomes);
    List<RequirementItem> items = new ArrayList<>();
    for (RecoveryRequirement requirement : reached(from, RelationKind.NEEDS, RecoveryRequirement.class)) {
      Decision decision = decide(Candidate.asRequirement(requirement));
      if (decision instanceof Decision.Suppress suppress) {
        leaveOut(requirement, suppress.ruleId(), suppress.reason());
      } else {
        items.add(new RequirementItem(requirement.id(), requirement.label(), requirement.summary(),
            kit.quotes().sentences(List.of(requirement.citations()))));
      }
    }
    return items;
  }

  List<Referral> referrals() {
    Referrals referrals = new Referrals(kit, included, suppressedStrategies);
    List<Referral> found = referrals.collect(resolved);
    suppressed.addAll(referrals.leftOut());
    return found;
  }

  List<SuppressedItem> suppressed() {
    return List.copyOf(suppressed);
  }

  private boolean harmOrDanger() {
    return SafetyLevel.partnerHarm(context, resolved.challenges())
        || context.flag(SafetyFlag.IMMEDIATE_DANGER) == TriState.YES;
  }

  private Decision decide(Candidate candidate) {
    return gate.evaluate(candidate);
  }

  // The safety block already says what rules about the whole answer say; steps need not repeat it.
  private List<Notice> unspoken(Decision decision) {
    return decision.caveats().stream().filter(n -> !spoken.contains(n.ruleId())).toList();
  }

  private SuppressedItem leaveOut(Concept concept, String ruleId, String reason) {
    SuppressedItem item = new SuppressedItem(concept.id(), concept.label(), ruleId, reason);
    suppressed.add(item);
    return item;
  }

  private <C extends Concept> List<C> reached(List<Concept> from, RelationKind kind, Class<C> type) {
    Set<C> found = new LinkedHashSet<>();
    for (Concept concept : from) {
      for (Link link : kit.atlas().related(concept.id(), kind, Direction.OUTGOING)) {
        if (type.isInstance(link.other())) {
          found.add(type.cast(link.other()));
        }
      }
    }
    return List.copyOf(found);
  }
}
