package org.trustatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.core.dynamics.Scenario;

class ScenariosCommandTest {

  private static final List<Scenario> SHIPPED = TrustAtlas.bundled().scenarios();

  @Test
  void listsEveryShippedScenarioWithItsTitleWeeksAndDescription() {
    AtlasRun.Result result = AtlasRun.piped().with("COLUMNS", "400").run("scenarios");

    assertThat(result.exitCode()).isZero();
    assertThat(SHIPPED).hasSizeGreaterThanOrEqualTo(8);
    for (Scenario scenario : SHIPPED) {
      assertThat(result.out()).as(scenario.id()).containsPattern("(?m)^" + scenario.id() + " +"
          + java.util.regex.Pattern.quote(scenario.title() + " (" + scenario.steps() + " weeks)."));
    }
    assertThat(result.out()).contains("(104 weeks). An established couple. In week 10 one partner tells the other");
  }

  @Test
  void quietPrintsTheIdsInPackOrder() {
    AtlasRun.Result result = AtlasRun.piped().run("scenarios", "--quiet");

    assertThat(result.out().lines()).containsExactlyElementsOf(SHIPPED.stream().map(Scenario::id).toList());
  }

  @Test
  void jsonFollowsTheSchema() {
    AtlasRun.Result result = AtlasRun.piped().run("scenarios", "--json");

    assertThat(Schemas.errorsIn(result.out(), "scenarios")).isEmpty();
    assertThat(result.out()).startsWith("[ {\n  \"id\" : \"" + SHIPPED.get(0).id() + "\",\n  \"title\" : ");
  }

  @Test
  void aTerminalGetsAHeaderRowAndNoColorStillMeansNoEscapes() {
    assertThat(AtlasRun.onTerminal().run("scenarios").out()).startsWith("\u001b[1mID").contains("SCENARIO");
    assertThat(AtlasRun.onTerminal().with("NO_COLOR", "1").run("scenarios").out()).startsWith("ID ")
        .doesNotContain("\u001b[");
  }

  @Test
  void aPackWithoutScenariosSaysSoOnStderr() {
    AtlasRun.Result result = AtlasRun.piped().inPack("minimal", "scenarios");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).startsWith("this pack has no scenarios");
    assertThat(AtlasRun.piped().inPack("minimal", "scenarios", "--json").out()).isEqualTo("[ ]\n");
  }
}
