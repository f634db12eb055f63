package org.trustatlas.core.repair;

import java.util.List;
import java.util.Objects;
import org.trustatlas.core.safety.SafetyBlock;

/**
 * A plan for one situation. {@code safety} comes first, in the record and in every rendering. Plans
 * for equal situations from the same atlas and rules are equal.
 *
 * @param audience whom the plan is written for, to follow "for": "the partner who was hurt", "the
 *     partner who used harm and wants to stop"
 */
public record RepairPlan(
    SafetyBlock safety, Situation situation, String audience, List<PlanPhase> phases, List<Referral> referrals,
    List<SuppressedItem> suppressed, List<RequirementItem> requirements, List<OutcomeItem> outcomes) {

  public RepairPlan {
    Objects.requireNonNull(safety, "safety block must not be null");
    Objects.requireNonNull(situation, "situation must not be null");
    Objects.requireNonNull(audience, "audience must not be null");
    phases = List.copyOf(phases);
    referrals = List.copyOf(referrals);
    suppressed = List.copyOf(suppressed);
    requirements = List.copyOf(requirements);
    outcomes = List.copyOf(outcomes);
  }

  /** Every step, phase by phase. */
  public List<Step> steps() {
    return phases.stream().flatMap(p -> p.steps().stream()).toList();
  }
}
