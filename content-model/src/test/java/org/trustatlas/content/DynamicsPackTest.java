package org.trustatlas.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustatlas.content.input.PackLoadException;
import org.trustatlas.content.input.PackProblem;
import org.trustatlas.core.dynamics.DynamicsParameters;
import org.trustatlas.core.dynamics.Scenario;
import org.trustatlas.core.dynamics.Simulation;

/** The simulator's pack files: the bundled ones load and run; broken ones are reported in place. */
class DynamicsPackTest {

  @TempDir Path temp;

  private final TrustAtlas bundled = TrustAtlas.bundled();

  @Test
  void theBundledParametersAreTheDocumentedDefaults() {
    assertThat(bundled.dynamicsParameters()).isEqualTo(DynamicsParameters.defaults());
    assertThat(bundled.dynamicsParameters().parameters()).allSatisfy(p ->
        assertThat(bundled.atlas().source(p.source())).as(p.name() + " source").isPresent());
  }

  @Test
  void atLeastEightNamedScenariosShipAndEachRunsWithTheNotice() {
    assertThat(bundled.scenarios()).hasSizeGreaterThanOrEqualTo(8);
    for (Scenario scenario : bundled.scenarios()) {
      Simulation run = bundled.simulate(scenario);
      assertThat(run.trajectory().steps()).isEqualTo(scenario.steps());
      assertThat(run.notice()).contains("not a");
    }
  }

  @Test
  void aScenarioReadFromJsonRunsLikeOneFromThePack() {
    Scenario scenario = TrustAtlas.readScenario("body", """
        {"id": "mine", "title": "Mine", "steps": 20, "events": [
          {"at": 5, "type": "violation", "violation": "integrity", "severity": 0.6, "disclosure": "disclosed"},
          {"at": 6, "type": "response", "response": "apology"},
          {"at": 7, "every": 1, "until": 20, "type": "positive-act", "magnitude": 0.5}]}""");
    assertThat(scenario.events()).hasSize(16);
    assertThat(bundled.simulate(scenario).summary().minimumAt()).isGreaterThanOrEqualTo(5);
  }

  @Test
  void anUnknownEventTypeIsReportedWithTheValidTypes() {
    assertThatThrownBy(() -> TrustAtlas.readScenario("events.yaml", """
        id: mine
        title: Mine
        steps: 10
        events:
          - {at: 2, type: betrayal}
        """))
        .isInstanceOfSatisfying(PackLoadException.class, e -> assertThat(e.problems()).singleElement()
            .satisfies(p -> {
              assertThat(p.line()).isEqualTo(5);
              assertThat(p.pointer()).isEqualTo("/events/0/type");
              assertThat(p.message()).isEqualTo(
                  "'betrayal' is not one of positive-act, violation, response, stressor, support, forgive");
            }));
  }

  @Test
  void negativeAndExcessiveStepsAreRefusedWithTheLimit() {
    for (String steps : new String[] {"-3", "10001"}) {
      assertThatThrownBy(() -> TrustAtlas.readScenario("body", "{\"id\":\"x\",\"title\":\"X\",\"steps\":" + steps + "}"))
          .isInstanceOf(PackLoadException.class)
          .hasMessageContaining("steps " + steps + " must be between 1 and 10000");
    }
  }

  @Test
  void aFieldOfAnotherEventTypeAndAMissingRequiredOneAreBothReported() {
    assertThatThrownBy(() -> TrustAtlas.readScenario("body", """
        {"id": "x", "title": "X", "steps": 10, "events": [
          {"at": 2, "type": "response", "response": "apology", "severity": 0.5},
          {"at": 3, "type": "violation", "violation": "integrity", "disclosure": "disclosed"}]}"""))
        .isInstanceOfSatisfying(PackLoadException.class, e -> assertThat(e.problems())
            .extracting(PackProblem::message)
            .containsExactly("field 'severity' does not apply to a response event",
                "a violation event needs 'severity'"));
  }

  @Test
  void malformedJsonIsReportedAtItsLine() {
    assertThatThrownBy(() -> TrustAtlas.readScenario("body", "{\"id\": \"x\",\n \"steps\": [10 }"))
        .isInstanceOfSatisfying(PackLoadException.class, e -> assertThat(e.problems()).singleElement()
            .satisfies(p -> {
              assertThat(p.line()).isEqualTo(2);
              assertThat(p.message()).startsWith("this is not valid YAML or JSON: ");
            }));
  }

  @Test
  void anUnknownParameterInAPackIsReportedWithTheNearestName() {
    PackFixture pack = PackFixture.minimal(temp).append("dynamics.yaml", """
        parameters:
          - name: asymetry
            value: 2.0
            source: rempel-1985
            note: a typo
        """);
    assertThat(TrustAtlas.validate(pack.folder())).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo("dynamics.yaml");
      assertThat(p.pointer()).isEqualTo("/parameters/0/name");
      assertThat(p.message()).startsWith("unknown parameter 'asymetry'; did you mean 'asymmetry'?");
    });
  }
}
