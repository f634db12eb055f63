package org.trustatlas.content.json;

import static org.trustatlas.content.json.AtlasJson.object;

import java.util.List;
import org.trustatlas.core.model.ConceptId;
import org.trustatlas.core.repair.OutcomeItem;
import org.trustatlas.core.repair.PlanPhase;
import org.trustatlas.core.repair.Quote;
import org.trustatlas.core.repair.Referral;
import org.trustatlas.core.repair.RepairPlan;
import org.trustatlas.core.repair.RequirementItem;
import org.trustatlas.core.repair.Situation;
import org.trustatlas.core.repair.Step;
import org.trustatlas.core.repair.SuppressedItem;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The shape of a repair plan; {@link AtlasJson#plan} documents it. */
final class PlanJson {

  private PlanJson() {}

  static ObjectNode plan(RepairPlan plan) {
    ObjectNode node = object();
    // Safety is the first field, so a reader (or a script printing the top) meets it first.
    node.set("safety", SafetyJson.block(plan.safety()));
    ObjectNode situation = situation(plan.situation());
    situation.put("audience", plan.audience());
    node.set("situation", situation);
    ArrayNode phases = node.putArray("phases");
    plan.phases().forEach(p -> phases.add(phase(p)));
    ArrayNode referrals = node.putArray("referrals");
    plan.referrals().forEach(r -> referrals.add(referral(r)));
    ArrayNode suppressed = node.putArray("suppressed");
    plan.suppressed().forEach(s -> suppressed.add(suppressed(s)));
    ArrayNode requirements = node.putArray("requirements");
    plan.requirements().forEach(r -> requirements.add(requirement(r)));
    ArrayNode outcomes = node.putArray("outcomes");
    plan.outcomes().forEach(o -> outcomes.add(outcome(o)));
    return node;
  }

  static ObjectNode situation(Situation situation) {
    ObjectNode node = object();
    node.set("challenges", ids(situation.challenges()));
    node.put("role", situation.role().slug());
    node.put("region", situation.region().code());
    ObjectNode flags = node.putObject("flags");
    situation.safety().flags().forEach((flag, state) -> flags.put(flag.slug(), state.slug()));
    node.set("aggravators", ids(situation.aggravators()));
    return node;
  }

  private static ObjectNode phase(PlanPhase phase) {
    ObjectNode node = object();
    node.put("id", phase.id().value());
    node.put("label", phase.label());
    node.put("summary", phase.summary());
    ArrayNode steps = node.putArray("steps");
    phase.steps().forEach(s -> steps.add(step(s)));
    return node;
  }

  private static ObjectNode step(Step step) {
    ObjectNode node = object();
    node.put("strategy", step.strategy().value());
    node.put("label", step.label());
    node.put("actor", step.actor().slug());
    node.put("optional", step.optional());
    node.put("forReader", step.forReader());
    node.put("framing", step.framing());
    node.put("why", step.why());
    node.set("sentences", quotes(step.sentences()));
    ArrayNode sources = node.putArray("sources");
    step.sources().forEach(s -> sources.add(AtlasJson.source(s)));
    node.set("caveats", SafetyJson.notices(step.caveats()));
    node.set("resources", ids(step.resources()));
    return node;
  }

  private static ObjectNode referral(Referral referral) {
    return object().put("id", referral.id().value()).put("label", referral.label())
        .put("summary", referral.summary()).put("why", referral.why());
  }

  private static ObjectNode suppressed(SuppressedItem item) {
    return object().put("id", item.id().value()).put("label", item.label()).put("rule", item.ruleId())
        .put("reason", item.reason());
  }

  private static ObjectNode requirement(RequirementItem item) {
    ObjectNode node = object().put("id", item.id().value()).put("label", item.label()).put("summary", item.summary());
    node.set("sentences", quotes(item.sentences()));
    return node;
  }

  private static ObjectNode outcome(OutcomeItem item) {
    ObjectNode node = object().put("id", item.id().value()).put("label", item.label()).put("summary", item.summary())
        .put("optional", item.optional());
    node.set("caveats", SafetyJson.notices(item.caveats()));
    node.set("sentences", quotes(item.sentences()));
    return node;
  }

  private static ArrayNode quotes(List<Quote> quotes) {
    ArrayNode array = AtlasJson.array();
    quotes.forEach(q -> array.addObject().put("id", q.ref().id()).put("text", q.text()));
    return array;
  }

  private static ArrayNode ids(List<ConceptId> ids) {
    ArrayNode array = AtlasJson.array();
    ids.forEach(id -> array.add(id.value()));
    return array;
  }
}
