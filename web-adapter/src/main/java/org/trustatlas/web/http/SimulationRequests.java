package org.trustatlas.web.http;

import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.trustatlas.content.input.PackLoadException;
import org.trustatlas.content.input.PackProblem;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.content.input.Quote;
import org.trustatlas.content.read.Vocabulary;
import org.trustatlas.core.dynamics.Scenario;
import org.trustatlas.core.dynamics.Simulation;
import org.trustatlas.core.dynamics.SimulationTooLargeException;

/**
 * Turns what a client asked to simulate into a scenario, for the API and the simulator page alike:
 * a named scenario of the pack, perhaps run longer or with another seed, or a scenario written out in
 * full. Every mistake is a 400 problem naming the bad value; nothing is simulated then.
 */
public final class SimulationRequests {

  /** What problems call a scenario written in a request. */
  public static final String BODY = "request body";

  private SimulationRequests() {}

  /**
   * The pack's scenario {@code id}, with {@code steps} and {@code seed} if given.
   *
   * @param field the name of the member or form field that named it, for the problem's pointer
   */
  public static Scenario named(TrustAtlas atlas, String field, String id, OptionalInt steps, OptionalLong seed) {
    Scenario scenario = atlas.scenario(id).orElseThrow(() -> unknown(atlas, field, id).toException());
    try {
      if (steps.isPresent()) {
        scenario = scenario.withSteps(steps.getAsInt());
      }
      if (seed.isPresent()) {
        scenario = scenario.withSeed(seed.getAsLong());
      }
      return scenario;
    } catch (IllegalArgumentException tooShort) {
      throw Problems.invalidBody("/steps", sentence(tooShort.getMessage())).toException();
    }
  }

  private static Problem unknown(TrustAtlas atlas, String field, String id) {
    List<String> ids = atlas.scenarios().stream().map(Scenario::id).toList();
    String valid = ids.isEmpty() ? "this pack has no named scenarios" : "valid: " + String.join(", ", ids);
    return Problems.invalidBody("/" + field, "No scenario has the id " + Quote.of(id) + "; " + valid + ".")
        .withSuggestions(new Vocabulary("scenario", List.copyOf(ids)).nearest(id));
  }

  /**
   * Runs {@code scenario}; one over core's cost limits is a 422 problem, refused before any work.
   */
  public static Simulation run(TrustAtlas atlas, Scenario scenario) {
    try {
      return atlas.simulate(scenario);
    } catch (SimulationTooLargeException tooLarge) {
      throw Problems.simulationTooLarge(tooLarge).toException();
    }
  }

  /**
   * A scenario written in the shape of one entry of {@code scenarios.yaml} (JSON or YAML); one whose
   * events come to more than core's limit is a 422 problem, counted before any event is made.
   */
  public static Scenario written(String text) {
    try {
      return TrustAtlas.readScenario(BODY, text);
    } catch (SimulationTooLargeException tooLarge) {
      throw Problems.simulationTooLarge(tooLarge).toException();
    } catch (PackLoadException invalid) {
      List<PackProblem> problems = invalid.problems();
      if (problems.isEmpty()) {
        return fail(Problems.invalidBody("", "The scenario could not be read."));
      }
      PackProblem first = problems.get(0);
      String count = problems.size() == 1 ? "a problem" : problems.size() + " problems";
      return fail(Problems.invalidBody(first.pointer(), "The scenario has " + count + "; the first, at line "
          + first.line() + ", column " + first.column() + ": " + sentence(first.message())).withProblems(problems));
    }
  }

  private static Scenario fail(Problem problem) {
    throw problem.toException();
  }

  private static String sentence(String message) {
    String text = message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    return text.endsWith(".") ? text : text + ".";
  }
}
