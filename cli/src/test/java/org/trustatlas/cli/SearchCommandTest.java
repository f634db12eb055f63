package org.trustatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchCommandTest {

  @Test
  void findsAConceptByTheWordsAReaderUsesAndEndsWithWhereToTurn() {
    AtlasRun.Result result = AtlasRun.piped().inPack("minimal", "search", "my", "partner", "is", "cheating");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out().lines().findFirst()).hasValueSatisfying(line -> assertThat(line).startsWith("infidelity  "));
    assertThat(result.out()).endsWith("\nIf you are in danger now, call your local emergency number.\n");
  }

  @Test
  void quietPrintsTheIdsBestFirst() {
    AtlasRun.Result result = AtlasRun.piped().inPack("minimal", "search", "cheating", "--quiet");

    assertThat(result.out().lines()).first().isEqualTo("infidelity");
  }

  @Test
  void jsonFollowsTheSchema() {
    AtlasRun.Result result = AtlasRun.piped().inPack("minimal", "search", "cheating", "--json");

    assertThat(Schemas.errorsIn(result.out(), "search")).isEmpty();
    assertThat(result.out()).contains("\"query\" : \"cheating\"", "\"id\" : \"infidelity\"");
  }

  @Test
  void nothingFoundIsSaidOnStderrAndIsNotAnError() {
    AtlasRun.Result result = AtlasRun.piped().inPack("minimal", "search", "qwertyuiop");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).startsWith("no concept matches 'qwertyuiop'");
  }

  @Test
  void aLimitOutOfRangeIsAUsageError() {
    AtlasRun.Result result = AtlasRun.piped().inPack("minimal", "search", "trust", "--limit", "51");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("atlas search: --limit 51 is out of range; valid: 1 to 50.");
  }

  @Test
  void anOverlongQueryIsAUsageErrorSayingTheLimit() {
    AtlasRun.Result result = AtlasRun.piped().inPack("minimal", "search", "x".repeat(501));

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("at most 500 are allowed");
  }

  @Test
  void noWordsIsAUsageError() {
    assertThat(AtlasRun.piped().inPack("minimal", "search").exitCode()).isEqualTo(2);
  }
}
