package org.trustatlas.content.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.trustatlas.content.input.PackLoadException;
import org.trustatlas.content.input.PackProblem;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.content.input.InputException;
import org.trustatlas.content.input.InputLimits;
import org.trustatlas.content.input.Quote;
import org.trustatlas.content.input.StrictInput;
import org.trustatlas.content.input.StrictTree;
import org.trustatlas.core.dynamics.Scenario;
import org.trustatlas.core.dynamics.SimulationCost;
import org.trustatlas.core.dynamics.SimulationTooLargeException;

/**
 * The readers under Jazzer: whatever bytes arrive, each ends in a valid result within the limits or
 * in one of its documented, located refusals; any other exception fails. {@code ./mvnw verify} runs
 * the checked-in seeds (regression mode, {@code *Inputs/} beside this class); {@code JAZZER_FUZZ=1}
 * with {@code -Dtest=StrictInputFuzzTest} fuzzes for the stated duration.
 */
class StrictInputFuzzTest {

  /** A pack file: a tree with a location for every value, or a located refusal. */
  @FuzzTest(maxDuration = "60s")
  void packFilesReadOrAreRefusedLocated(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    try {
      StrictTree.Result read = StrictTree.read("concepts/fuzz.yaml", text, StrictTree.Syntax.YAML,
          InputLimits.PACK_FILE);
      assertThat(read.root()).isNotNull();
    } catch (InputException refused) {
      assertLocated(refused.problem(), "concepts/fuzz.yaml");
    }
  }

  /** {@code simulate --events} and a written scenario in a request: a scenario within the limits, or a refusal. */
  @FuzzTest(maxDuration = "60s")
  void eventsFilesGiveARunnableScenarioOrARefusal(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    try {
      Scenario scenario = TrustAtlas.readScenario("events.yaml", text);
      assertThat(SimulationCost.of(scenario).withinLimits()).isTrue();
      assertThat(TrustAtlas.bundled().simulate(scenario).trajectory().steps()).isEqualTo(scenario.steps());
    } catch (PackLoadException invalid) {
      assertThat(invalid.problems()).isNotEmpty().allSatisfy(p -> assertLocated(p, "events.yaml"));
    } catch (SimulationTooLargeException tooLarge) {
      assertThat(tooLarge.cost().withinLimits()).isFalse();
    }
  }

  /** {@code checkin --answers} and the check-in body's answers: ids to non-empty choice lists, or a refusal. */
  @FuzzTest(maxDuration = "60s")
  void answersGiveIdsOrARefusalThatQuotesLittle(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    try {
      Map<String, List<String>> answers = StrictInput.answers("answers.json", text);
      answers.forEach((question, choices) -> {
        assertThat(question).hasSizeLessThanOrEqualTo(StrictInput.MAX_ID_CHARS);
        assertThat(choices).isNotEmpty().allSatisfy(c -> assertThat(c).hasSizeLessThanOrEqualTo(64));
      });
    } catch (InputException refused) {
      assertLocated(refused.problem(), "answers.json");
    }
  }

  /** Every JSON body the server reads passes through here first. */
  @FuzzTest(maxDuration = "60s")
  void jsonBodiesReadOrAreRefusedLocated(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    try {
      assertThat(StrictInput.json("request body", text)).isNotNull();
    } catch (InputException refused) {
      assertLocated(refused.problem(), "request body");
    }
  }

  /**
   * A reader's search, whatever they type: results led by a safety block with an emergency number,
   * or, for a blank or over-long query, a refusal that says so. Nothing else may escape.
   */
  @FuzzTest(maxDuration = "60s")
  void searchesAnswerWithASafetyBlockOrRefuseTheQuery(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    try {
      var results = TrustAtlas.bundled().search(text, 10);
      assertThat(results.safety().items()).isNotEmpty();
      assertThat(results.hits()).hasSizeLessThanOrEqualTo(10);
    } catch (IllegalArgumentException refused) {
      assertThat(text.isBlank() || text.length() > 500).as(refused.getMessage()).isTrue();
    }
  }

  /** Located, short, and free of control characters, whatever was sent. */
  private static void assertLocated(PackProblem problem, String name) {
    assertThat(problem.file()).isEqualTo(name);
    assertThat(problem.line()).isNotNegative();
    assertThat(problem.column()).isNotNegative();
    assertThat(problem.message()).isNotBlank().hasSizeLessThan(600);
    assertThat(Quote.controlCharacter(problem.message())).isEqualTo(-1);
  }
}
