package org.trustatlas.content.json;

import static org.trustatlas.content.json.AtlasJson.object;

import org.trustatlas.core.dynamics.Event;
import org.trustatlas.core.dynamics.Parameter;
import org.trustatlas.core.dynamics.Refusal;
import org.trustatlas.core.dynamics.Scenario;
import org.trustatlas.core.dynamics.Simulation;
import org.trustatlas.core.dynamics.Summary;
import org.trustatlas.core.dynamics.TimedEvent;
import org.trustatlas.core.dynamics.Trajectory;
import org.trustatlas.core.dynamics.TrustState;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The shapes of scenarios and simulation runs; {@link AtlasJson} documents them. */
final class DynamicsJson {

  private DynamicsJson() {}

  static ObjectNode simulation(Simulation run) {
    ObjectNode node = object();
    node.set("scenario", scenario(run.scenario()));
    ArrayNode parameters = node.putArray("parameters");
    run.parameters().parameters().forEach(p -> parameters.add(parameter(p)));
    node.put("charted", run.charted().slug());
    ArrayNode trajectory = node.putArray("trajectory");
    run.trajectory().points().forEach(p -> trajectory.add(point(p, run.scenario().partnerHarm())));
    node.set("summary", summary(run.summary()));
    ArrayNode refusals = node.putArray("refusals");
    run.refusals().forEach(r -> refusals.add(refusal(r)));
    node.put("notice", run.notice());
    return node;
  }

  static ObjectNode scenario(Scenario scenario) {
    ObjectNode node = object();
    node.put("id", scenario.id());
    node.put("title", scenario.title());
    node.put("description", scenario.description());
    node.put("steps", scenario.steps());
    node.put("seed", scenario.seed());
    node.put("partnerHarm", scenario.partnerHarm());
    node.set("initial", state(scenario.initial()));
    ArrayNode events = node.putArray("events");
    for (TimedEvent timed : scenario.events()) {
      events.add(event(object().put("at", timed.at()), timed.event()));
    }
    return node;
  }

  private static ObjectNode state(TrustState s) {
    return object().put("predictability", round(s.predictability())).put("dependability", round(s.dependability()))
        .put("faith", round(s.faith())).put("distrust", round(s.distrust())).put("avoidance", round(s.avoidance()))
        .put("revenge", round(s.revenge())).put("benevolence", round(s.benevolence()));
  }

  private static ObjectNode event(ObjectNode into, Event event) {
    return into.put("type", event.type().slug()).put("description", event.describe());
  }

  private static ObjectNode parameter(Parameter parameter) {
    return object().put("name", parameter.name()).put("value", parameter.value()).put("source", parameter.source())
        .put("note", parameter.note());
  }

  private static ObjectNode point(Trajectory.Point point, boolean partnerHarm) {
    TrustState s = point.state();
    ObjectNode node = object().put("t", point.t()).put("predictability", round(s.predictability()))
        .put("dependability", round(s.dependability())).put("faith", round(s.faith()))
        .put("distrust", round(s.distrust())).put("trust", round(point.trust()));
    if (partnerHarm) {
      node.put("safety", round(point.safety()));
    }
    ArrayNode events = node.putArray("events");
    point.events().forEach(e -> events.add(event(object(), e)));
    return node;
  }

  private static ObjectNode summary(Summary summary) {
    ObjectNode node = object().put("baseline", round(summary.baseline())).put("minimum", round(summary.minimum()))
        .put("minimumAt", summary.minimumAt()).put("finalTrust", round(summary.finalTrust()))
        .put("recovered", summary.recovered());
    summary.recoveredAt().ifPresent(week -> node.put("recoveredAt", week));
    node.put("description", summary.description());
    return node;
  }

  private static ObjectNode refusal(Refusal refusal) {
    ObjectNode node = object().put("at", refusal.at());
    node.set("event", event(object(), refusal.event()));
    return node.put("reason", refusal.reason()).put("source", refusal.source());
  }

  /** Four decimals: far finer than the model's meaning, and stable across platforms for diffs. */
  static double round(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }
}
