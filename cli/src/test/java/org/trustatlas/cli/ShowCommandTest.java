package org.trustatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShowCommandTest {

  @Test
  void showsLabelKindAliasesSummaryRelationsQuotesAndSources() {
    AtlasRun.Result result = AtlasRun.piped().inPack("minimal", "show", "faith");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEqualTo("""
        Faith
          trust-dimension
          also: security

          Confidence that a partner will stay caring.

        Undermined by
          infidelity  Infidelity (S02)

        Restored by
          apologizing  Apologizing (S03)

        Rests on
          S01  "Trust is built slowly."

        Sources
          Rempel et al. (1985). Trust in close relationships.
        """);
  }

  @Test
  void aStrategyShowsItsActorPhaseAndThatItOwnsAWrong() {
    AtlasRun.Result result = AtlasRun.piped().inPack("minimal", "show", "apologizing");

    assertThat(result.out()).contains("rebuilding-strategy; actor: involved-partner; phase: atone; owns a wrong",
        "Restores\n  faith  Faith (S03)", "Part of\n  atone  Atone (gottman-2011)");
  }

  @Test
  void jsonHoldsTheConceptItsLinksAndTheQuotedSentences() {
    AtlasRun.Result result = AtlasRun.piped().inPack("minimal", "show", "infidelity", "--json");

    assertThat(result.exitCode()).isZero();
    assertThat(Schemas.errorsIn(result.out(), "show")).isEmpty();
    assertThat(result.out()).contains("\"phrase\" : \"undermines\"", "\"text\" : \"Cheating breaks it.\"");
  }

  @Test
  void anUnknownIdFailsWithTheNearestIds() {
    AtlasRun.Result result = AtlasRun.piped().inPack("minimal", "show", "infidelty");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).isEqualTo("atlas: unknown concept 'infidelty'; did you mean 'infidelity'?\n");
  }

  @Test
  void aWordThatIsAnAliasSuggestsItsConcept() {
    AtlasRun.Result result = AtlasRun.piped().inPack("minimal", "show", "cheating");

    assertThat(result.err()).isEqualTo("atlas: unknown concept 'cheating'; did you mean 'infidelity'?\n");
  }

  @Test
  void anIdNothingResemblesPointsAtTheList() {
    AtlasRun.Result result = AtlasRun.piped().inPack("minimal", "show", "zebra-crossing");

    assertThat(result.err()).isEqualTo("atlas: unknown concept 'zebra-crossing'; run 'atlas concepts' to list them\n");
  }

  @Test
  void aMissingIdIsAUsageError() {
    AtlasRun.Result result = AtlasRun.piped().inPack("minimal", "show");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err().lines()).singleElement().asString()
        .startsWith("atlas show: Missing required parameter: 'ID'").endsWith(". See 'atlas show --help'.");
  }
}
