package org.trustatlas.core.repair;

import org.trustatlas.core.safety.SafetyItem;

/** A plain-text rendering of a plan, for reading plans while writing tests and in failure messages. */
final class PlanText {

  private PlanText() {}

  static String render(RepairPlan plan) {
    StringBuilder out = new StringBuilder("SAFETY (" + plan.safety().level().slug() + ")\n");
    for (SafetyItem item : plan.safety().items()) {
      if (item instanceof SafetyItem.Call call) {
        out.append("  call ").append(call.number().primary()).append('\n');
      } else if (item instanceof SafetyItem.Message message) {
        out.append(message.urgent() ? "  ! " : "  - ").append(message.notice().ruleId()).append('\n');
      } else if (item instanceof SafetyItem.Service service) {
        out.append("  * ").append(service.resource().id()).append(service.fallback() ? " (international)" : "")
            .append('\n');
      }
    }
    for (PlanPhase phase : plan.phases()) {
      out.append(phase.id()).append('\n');
      for (Step step : phase.steps()) {
        out.append("  ").append(step.strategy()).append(" [").append(step.actor().slug())
            .append(step.optional() ? ", optional" : "").append(step.forReader() ? ", yours" : "").append("] ")
            .append(step.caveats().stream().map(c -> c.ruleId()).toList()).append("\n    ").append(step.why())
            .append('\n');
      }
    }
    plan.referrals().forEach(r -> out.append("referral ").append(r.id()).append(": ").append(r.why()).append('\n'));
    plan.suppressed().forEach(s -> out.append("left out ").append(s.id()).append(" by ").append(s.ruleId()).append('\n'));
    plan.requirements().forEach(r -> out.append("needs ").append(r.id()).append('\n'));
    plan.outcomes().forEach(o -> out.append("outcome ").append(o.id()).append(o.optional() ? " (optional)" : "")
        .append(' ').append(o.caveats().stream().map(c -> c.ruleId()).toList()).append('\n'));
    return out.toString();
  }
}
