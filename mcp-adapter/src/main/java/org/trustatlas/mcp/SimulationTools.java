package org.trustatlas.mcp;

import java.util.List;
import java.util.Map;
import org.trustatlas.content.input.PackLoadException;
import org.trustatlas.content.input.PackProblem;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.content.input.Quote;
import org.trustatlas.content.json.AtlasJson;
import org.trustatlas.content.read.Vocabulary;
import org.trustatlas.core.dynamics.Scenario;
import org.trustatlas.core.dynamics.SimulationTooLargeException;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code scenarios} and {@code simulate}: the trust-dynamics simulator, the article's question of how
 * trust evolves under challenges. Every run says it illustrates published findings and predicts
 * nothing about anyone's relationship.
 */
final class SimulationTools {

  /** JSON numbers are exact up to 2^53; a larger seed would not be the seed that was sent. */
  private static final long MAX_SEED = 1L << 53;

  private final TrustAtlas trustAtlas;

  SimulationTools(TrustAtlas trustAtlas) {
    this.trustAtlas = trustAtlas;
  }

  List<AtlasTool> tools() {
    return List.of(scenarios(), simulate());
  }

  private AtlasTool scenarios() {
    ObjectNode shape = AtlasJson.object();
    shape.set("scenarios", OutputSchemas.ref("scenarios.output.schema.json", ""));
    return new AtlasTool("scenarios", "Named scenarios of how trust evolves",
        "The simulator's named scenarios (an affair discovered and denied, one disclosed and repaired, chronic "
            + "stress, and others), each with its events week by week. Pass an id to simulate.",
        InputSchema.object(), OutputSchemas.object("The pack's named scenarios, in pack order.", shape),
        arguments -> {
          ObjectNode node = AtlasJson.object();
          node.set("scenarios", AtlasJson.scenarios(trustAtlas.scenarios()));
          return node;
        });
  }

  private AtlasTool simulate() {
    InputSchema input = InputSchema.object()
        .text("scenario", "A named scenario's id, from the scenarios tool.", 100)
        .freeObject("definition", "Instead of a named scenario, one written out in the shape of a scenarios "
            + "tool entry: {id, title, steps, events: [{at, type, ...}]}.")
        .integer("steps", "Run this many weeks instead of the scenario's own (1 to " + Scenario.MAX_STEPS + ", and at "
            + "least the week of the scenario's last event).", 1,
            Scenario.MAX_STEPS)
        .integer("seed", "Another seed for the run's small random variation; the same seed gives the same run.",
            -MAX_SEED, MAX_SEED);
    return new AtlasTool("simulate", "Simulate how trust evolves",
        "Runs a scenario week by week: trust (predictability, dependability, faith), distrust and forgiveness, "
            + "with a summary and any event the model refused as repair, and why. Give 'scenario' or "
            + "'definition'. Always pass on the result's notice: it illustrates published findings and "
            + "predicts nothing about anyone's relationship.",
        input, OutputSchemas.file("simulation.output.schema.json"),
        arguments -> {
          try {
            return AtlasJson.simulation(trustAtlas.simulate(scenario(arguments)));
          } catch (SimulationTooLargeException tooLarge) {
            throw ToolError.from(arguments.rawObject("definition").isPresent() ? "definition" : "steps", tooLarge);
          }
        });
  }

  private Scenario scenario(Arguments arguments) {
    var definition = arguments.rawObject("definition");
    var id = arguments.string("scenario");
    if (definition.isPresent() == id.isPresent()) {
      throw new ToolError(definition.isPresent() ? "give 'scenario' or 'definition', not both"
          : "give 'scenario' (an id from the scenarios tool) or 'definition' (a scenario written out)");
    }
    Scenario scenario = definition.map(SimulationTools::written).orElseGet(() -> named(id.get()));
    try {
      var steps = arguments.integer("steps", 1, Scenario.MAX_STEPS);
      if (steps.isPresent()) {
        scenario = scenario.withSteps(steps.get().intValue());
      }
      return arguments.integer("seed", -MAX_SEED, MAX_SEED).map(scenario::withSeed).orElse(scenario);
    } catch (IllegalArgumentException tooShort) {
      throw ToolError.from("steps", tooShort);
    }
  }

  private Scenario named(String id) {
    List<String> ids = trustAtlas.scenarios().stream().map(Scenario::id).toList();
    return trustAtlas.scenario(id).orElseThrow(() -> new ToolError("scenario: no scenario has the id " + Quote.of(id)
        + new Vocabulary("scenario", ids).hint(id) + "; valid: " + String.join(", ", ids)));
  }

  private static Scenario written(Map<String, Object> definition) {
    try {
      return TrustAtlas.readScenario("definition", AtlasJson.mapper().writeValueAsString(definition));
    } catch (SimulationTooLargeException tooLarge) {
      throw ToolError.from("definition", tooLarge);
    } catch (PackLoadException invalid) {
      List<PackProblem> problems = invalid.problems();
      if (problems.isEmpty()) {
        throw new ToolError("definition: the scenario could not be read");
      }
      PackProblem first = problems.get(0);
      String more = problems.size() == 1 ? "" : " (and " + (problems.size() - 1) + " more)";
      throw new ToolError("definition" + Quote.bare(first.pointer()) + ": " + first.message() + more);
    }
  }
}
