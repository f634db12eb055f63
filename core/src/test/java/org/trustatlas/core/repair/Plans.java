package org.trustatlas.core.repair;

import java.util.List;
import org.trustatlas.core.model.ActorRole;
import org.trustatlas.core.model.ConceptId;
import org.trustatlas.core.safety.Notice;
import org.trustatlas.core.safety.SafetyFlag;
import org.trustatlas.core.safety.TriState;

/** Small readers for plans in tests. */
final class Plans {

  private Plans() {}

  static RepairPlan plan(Situation situation) {
    return AtlasFixture.planner().plan(situation);
  }

  /** A situation whose reader answered every safety question with no. */
  static Situation answered(ReaderRole role, String... challenges) {
    Situation situation = Situation.of(role, challenges);
    for (SafetyFlag flag : SafetyFlag.values()) {
      situation = situation.withFlag(flag, TriState.NO);
    }
    return situation;
  }

  static List<String> stepIds(RepairPlan plan) {
    return plan.steps().stream().map(s -> s.strategy().value()).toList();
  }

  static List<String> phaseIds(RepairPlan plan) {
    return plan.phases().stream().map(p -> p.id().value()).toList();
  }

  static Step step(RepairPlan plan, String id) {
    return plan.steps().stream().filter(s -> s.strategy().equals(ConceptId.of(id))).findFirst()
        .orElseThrow(() -> new AssertionError(id + " is not in the plan:\n" + PlanText.render(plan)));
  }

  static List<String> stepsBy(RepairPlan plan, ActorRole actor) {
    return plan.steps().stream().filter(s -> s.actor() == actor).map(s -> s.strategy().value()).toList();
  }

  static List<String> suppressedIds(RepairPlan plan) {
    return plan.suppressed().stream().map(s -> s.id().value()).toList();
  }

  static String ruleThatSuppressed(RepairPlan plan, String id) {
    return plan.suppressed().stream().filter(s -> s.id().value().equals(id)).findFirst().orElseThrow().ruleId();
  }

  static List<String> noticeIds(RepairPlan plan) {
    return plan.safety().notices().stream().map(Notice::ruleId).toList();
  }

  static List<String> referralIds(RepairPlan plan) {
    return plan.referrals().stream().map(r -> r.id().value()).toList();
  }

  static List<String> outcomeIds(RepairPlan plan) {
    return plan.outcomes().stream().map(o -> o.id().value()).toList();
  }

  static List<String> serviceIds(RepairPlan plan) {
    return plan.safety().services().stream().map(s -> s.resource().id()).toList();
  }
}
