package org.trustatlas.core.repair;

import java.util.List;
import java.util.Objects;
import org.trustatlas.core.model.Atlas;
import org.trustatlas.core.model.ConceptId;
import org.trustatlas.core.safety.ResourceDirectory;
import org.trustatlas.core.safety.SafetyAssessment;
import org.trustatlas.core.safety.SafetyBlock;
import org.trustatlas.core.safety.SafetyContext;
import org.trustatlas.core.safety.SafetyGate;

/**
 * Turns a {@link Situation} into a {@link RepairPlan}: the safety block first, then the strategies the
 * atlas relates to the situation, each passed through the safety gate, grouped into ordered phases.
 * The route follows from challenge families, strategy attributes and relations, never from ids, so
 * any pack works. Immutable, thread-safe and deterministic.
 */
public final class RepairPlanner {

  private final Toolkit kit;
  private final ResourceDirectory directory;
  private final Resolver resolver;

  public RepairPlanner(Atlas atlas, SafetyGate gate, ResourceDirectory directory) {
    Objects.requireNonNull(atlas, "atlas must not be null");
    Objects.requireNonNull(gate, "safety gate must not be null");
    this.directory = Objects.requireNonNull(directory, "resource directory must not be null");
    this.kit = Toolkit.of(atlas, gate);
    this.resolver = new Resolver(atlas);
  }

  /**
   * The plan for a situation.
   *
   * @throws UnknownConceptException when a challenge or aggravator id is not in the atlas as that kind
   */
  public RepairPlan plan(Situation situation) {
    Resolver.Resolved resolved = resolver.resolve(situation);
    Reading reading = Reading.of(situation.role(), resolved.challenges());
    SafetyContext context = situation.safety().readBy(reading.as());
    SafetyAssessment assessment = kit.gate().assess(context, resolved.challenges());
    SafetyBlock safety = SafetyBlock.of(assessment, directory, situation.region());
    PlanBuilder builder = new PlanBuilder(kit, context, reading, resolved, assessment);
    List<PlanPhase> phases = builder.phases();
    List<OutcomeItem> outcomes = builder.outcomes();
    List<RequirementItem> requirements = builder.requirements();
    List<Referral> referrals = builder.referrals();
    return new RepairPlan(safety, situation, reading.audience(), phases, referrals, builder.suppressed(),
        requirements, outcomes);
  }

  /**
   * Only the safety block, for answers that must stop before any plan, such as a check-in that
   * signals danger.
   */
  public SafetyBlock safetyFirst(SafetyContext context, List<ConceptId> challenges) {
    Resolver.Resolved resolved = challenges.isEmpty() ? new Resolver.Resolved(List.of(), List.of())
        : resolver.resolve(new Situation(challenges, ReaderRole.BOTH, context, List.of()));
    return SafetyBlock.of(kit.gate().assess(context, resolved.challenges()), directory, context.region());
  }
}
