package org.trustatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.core.dynamics.Scenario;
import org.trustatlas.core.dynamics.Simulation;

class SimulateCommandTest {

  private static final String ESCAPE = "\u001b[";
  private static final List<Scenario> SHIPPED = TrustAtlas.bundled().scenarios();

  private static final String OWN_SCENARIO = """
      id: my-scenario
      title: A small breach and an apology
      description: Something small, owned at once.
      steps: 20
      events:
        - {at: 5, type: violation, violation: competence, severity: 0.3, disclosure: disclosed}
        - {at: 6, type: response, response: apology}
      """;

  @TempDir
  Path folder;

  @Test
  void everyShippedScenarioDrawsAChartWithAxesLegendAndMarks() {
    for (Scenario scenario : SHIPPED) {
      AtlasRun.Result result = AtlasRun.piped().run("simulate", "--scenario", scenario.id(), "--chart");

      assertThat(result.exitCode()).as(scenario.id()).isZero();
      List<String> lines = result.out().lines().toList();
      // Where a partner causes harm, the chart follows the safety of the person harmed, not trust.
      String lead = scenario.partnerHarm() ? "safety" : "trust";
      int top = lines.indexOf((scenario.partnerHarm() ? "Safety" : "Trust") + " and distrust over " + scenario.steps()
          + " weeks");
      assertThat(top).as(scenario.id()).isPositive();
      assertThat(lines.get(top + 1)).as(scenario.id()).startsWith("1.00 ┤");
      assertThat(lines.get(top + 13)).as(scenario.id()).startsWith("0.00 ┤");
      assertThat(lines.get(top + 14)).as(scenario.id()).startsWith("     └┬");
      assertThat(lines.get(top + 15)).as(scenario.id()).containsAnyOf("▲", "+", "•", "×");
      assertThat(lines.get(top + 16)).as(scenario.id()).startsWith("      0 ");
      assertThat(result.out()).as(scenario.id()).containsPattern("[\u2801-\u28ff]").contains("⠒⠒ " + lead,
          "·· distrust", "x: weeks, y: 0 to 1");
      assertThat(lines).as(scenario.id()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
    }
  }

  @Test
  void theChartFitsTheColumns() {
    AtlasRun.Result result = AtlasRun.piped().with("COLUMNS", "120").run("simulate", "-s", "repeated-violations",
        "--chart");

    List<String> chart = result.out().lines().dropWhile(line -> !line.startsWith("1.00 ┤")).limit(18).toList();
    assertThat(chart).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(120));
    assertThat(chart.get(13)).hasSize(120 - 1);
  }

  @Test
  void humanOutputIsTheSummaryWithTheNoticeAndTheEvents() {
    AtlasRun.Result result = AtlasRun.piped().run("simulate", "--scenario", "disclosed-affair-sincere-apology");

    Simulation run = TrustAtlas.bundled().simulate(TrustAtlas.bundled().scenario("disclosed-affair-sincere-apology")
        .orElseThrow());
    assertThat(result.out()).startsWith("A disclosed affair and a sincere apology\n"
        + "  disclosed-affair-sincere-apology: 104 weeks, seed 7\n"
        + "  This is an illustration of published research findings, not a prediction about\n  anyone's relationship.\n");
    assertThat(result.out()).contains("  " + run.summary().description().substring(0, 40),
        "\nEvents\n  week 10       a disclosed integrity violation (severity 0.8)\n",
        "  weeks 13–104  a trustworthy act (size 0.5)\n");
    assertThat(result.out()).doesNotContain("Trust and distrust over");
  }

  @Test
  void refusedRepairIsPrintedWithItsReason() {
    AtlasRun.Result result = AtlasRun.piped().run("simulate", "--scenario", "partner-harm-forgiveness-refused",
        "--chart");

    assertThat(result.out()).contains("\nNot applied as repair\n", "  week 19     The hurt partner forgives. Forgiving is "
        + "not applied as repair", "(mcnulty-2011)", "  week 22     Therapy for 12 weeks. Couples therapy is not "
        + "applied as repair", "(stith-2011)", "  weeks 7–52  An apology, a promise to change, a trustworthy act (size "
        + "0.5).\n", "(walker-1979)", "× not applied");
    assertThat(result.out()).containsOnlyOnce("(walker-1979)");
  }

  @Test
  void jsonFollowsTheSchemaAndCarriesTheNotice() {
    for (Scenario scenario : SHIPPED) {
      AtlasRun.Result result = AtlasRun.piped().run("simulate", "--scenario", scenario.id(), "--json", "--chart");

      assertThat(Schemas.errorsIn(result.out(), "simulate")).as(scenario.id()).isEmpty();
      assertThat(result.out()).as(scenario.id()).startsWith("{\n  \"scenario\" : {")
          .contains("\"notice\" : \"" + Simulation.NOTICE).doesNotContain("┤");
    }
  }

  @Test
  void stepsAndSeedChangeTheRun() {
    AtlasRun.Result result = AtlasRun.piped().run("simulate", "-s", "late-breach", "--steps", "156", "--seed", "42",
        "--json");

    assertThat(result.out()).contains("\"steps\" : 156,\n    \"seed\" : 42,", "\"t\" : 156,");
    assertThat(Schemas.errorsIn(result.out(), "simulate")).isEmpty();
  }

  @Test
  void stepsOutsideOneToTenThousandAreAUsageError() {
    for (String steps : List.of("0", "-3", "10001")) {
      AtlasRun.Result result = AtlasRun.piped().run("simulate", "-s", "late-breach", "--steps", steps);

      assertUsageError(result, "atlas simulate: --steps " + steps + ": scenario 'late-breach' steps " + steps
          + " must be between 1 and 10000");
    }
  }

  @Test
  void stepsThatCutOffEventsAreAUsageErrorNamingTheEvent() {
    assertUsageError(AtlasRun.piped().run("simulate", "-s", "late-breach", "--steps", "20"),
        "atlas simulate: --steps 20: scenario 'late-breach' has ");
  }

  @Test
  void anUnknownScenarioSuggestsTheNearestAndListsThem() {
    assertUsageError(AtlasRun.piped().run("simulate", "--scenario", "late-breech"),
        "atlas simulate: unknown scenario 'late-breech'; did you mean 'late-breach'? (valid: "
            + SHIPPED.get(0).id() + ", ");
  }

  @Test
  void scenarioOrEventsIsNeededAndNotBoth() {
    assertUsageError(AtlasRun.piped().run("simulate"), "atlas simulate: say what to run: --scenario ID");
    assertUsageError(AtlasRun.piped().run("simulate", "-s", "late-breach", "--events", "x.yaml"),
        "atlas simulate: --scenario and --events cannot be used together");
  }

  @Test
  void anEventsFileInYamlRuns() throws IOException {
    Path file = write("mine.yaml", OWN_SCENARIO);

    AtlasRun.Result result = AtlasRun.piped().run("simulate", "--events", file.toString(), "--chart");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("A small breach and an apology\n  my-scenario: 20 weeks, seed 0\n")
        .contains("Trust and distrust over 20 weeks", "▲ violation", "• other event");
  }

  @Test
  void anEventsFileInJsonRuns() throws IOException {
    Path file = write("mine.json", """
        {"id": "json-scenario", "title": "From JSON", "description": "", "steps": 10,
         "events": [{"at": 2, "type": "positive-act", "magnitude": 0.5}]}
        """);

    AtlasRun.Result result = AtlasRun.piped().run("simulate", "--events", file.toString(), "--json");

    assertThat(result.exitCode()).isZero();
    assertThat(Schemas.errorsIn(result.out(), "simulate")).isEmpty();
  }

  /**
   * An events file the run cannot use is a usage error, as a missing one and a malformed answers file
   * are (exit 2, HTTP's 400); it was exit 1 while an empty --answers file was 2. A run too large for
   * the limits stays exit 1, as HTTP's 422.
   */
  @Test
  void anInvalidEventsFileListsEveryProblemAsFileLineColumnAndIsAUsageError() throws IOException {
    Path file = write("bad.yaml", """
        id: bad
        title: Bad
        steps: 20
        events:
          - {at: 3, type: hug}
          - {at: 4, type: violation, violation: trust, severity: 0.5, disclosure: disclosed}
        """);

    AtlasRun.Result result = AtlasRun.piped().run("simulate", "--events", file.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    List<String> lines = result.err().lines().toList();
    assertThat(lines).hasSizeGreaterThanOrEqualTo(3);
    assertThat(lines.subList(0, lines.size() - 1)).allSatisfy(line ->
        assertThat(line).matches(java.util.regex.Pattern.quote(file.toString()) + ":\\d+:\\d+: .+"));
    assertThat(String.join("\n", lines)).contains(file + ":5:", file + ":6:");
    assertThat(lines.get(lines.size() - 1)).isEqualTo("atlas simulate: --events '" + file + "' is not a scenario "
        + "that can run: 2 problems, above. See 'atlas simulate --help'.");
  }

  /** An empty --events file exited 1 and an empty --answers file 2: the same fault, one exit code. */
  @Test
  void anEmptyOrMalformedEventsFileIsAUsageErrorAsAnEmptyAnswersFileIs() throws IOException {
    for (String text : new String[] {"", "\n", "[1,\n", "id: x\n", "{\"id\": \"x\"} trailing\n"}) {
      Path file = write("events.yaml", text);
      AtlasRun.Result result = AtlasRun.piped().run("simulate", "--events", file.toString());
      assertThat(result.exitCode()).as(text).isEqualTo(2);
      assertThat(result.out()).isEmpty();
      assertThat(result.err().lines().toList()).as(text).last().asString()
          .startsWith("atlas simulate: --events '" + file + "' is not a scenario that can run: ")
          .endsWith("See 'atlas simulate --help'.");
    }
    AtlasRun.Result answers = AtlasRun.piped().run("checkin", "--answers", write("answers.json", "").toString());
    assertThat(answers.exitCode()).isEqualTo(2);
  }

  @Test
  void aMissingEventsFileIsAUsageErrorNamingThePath() {
    Path missing = folder.resolve("nowhere.yaml");

    assertUsageError(AtlasRun.piped().run("simulate", "--events", missing.toString()),
        "atlas simulate: --events '" + missing + "' does not exist");
    assertUsageError(AtlasRun.piped().run("simulate", "--events", folder.toString()),
        "atlas simulate: --events '" + folder + "' is a folder, not a file");
  }

  @Test
  void colourOnlyOnATerminalAndNeverWithNoColor() {
    String[] args = {"simulate", "-s", "partner-harm-forgiveness-refused", "--chart"};

    assertThat(AtlasRun.onTerminal().run(args).out()).contains(ESCAPE);
    assertThat(AtlasRun.onTerminal().with("NO_COLOR", "1").run(args).out()).doesNotContain(ESCAPE);
    assertThat(AtlasRun.onTerminal().run(args[0], args[1], args[2], args[3], "--no-color").out()).doesNotContain(ESCAPE);
    assertThat(AtlasRun.piped().run(args).out()).doesNotContain(ESCAPE);
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static void assertUsageError(AtlasRun.Result result, String start) {
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err().lines()).singleElement().asString().startsWith(start)
        .endsWith("See 'atlas simulate --help'.");
  }
}
