package org.trustatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RelatedCommandTest {

  @Test
  void listsTheRelationsAroundAConceptWithTheirPhrases() {
    AtlasRun.Result result = AtlasRun.piped().inPack("minimal", "related", "faith");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out().lines()).containsExactly(
        "Faith (faith)",
        "  undermined by  infidelity   Infidelity (S02)",
        "  restored by    apologizing  Apologizing (S03)");
  }

  @Test
  void depthFollowsRelationsFurtherAsAnIndentedTree() {
    AtlasRun.Result result = AtlasRun.piped().inPack("minimal", "related", "infidelity", "--depth", "3");

    assertThat(result.out().lines()).containsExactly(
        "Infidelity (infidelity)",
        "  undermines     faith        Faith (S02)",
        "    restored by  apologizing  Apologizing (S03)",
        "      part of    atone        Atone (gottman-2011)");
  }

  @Test
  void relationAndDirectionNarrowTheLinks() {
    AtlasRun.Result result = AtlasRun.piped().inPack("minimal", "related", "faith", "--direction", "in",
        "--relation", "restores", "--quiet");

    assertThat(result.out().lines()).containsExactly("apologizing");
  }

  @Test
  void toListsThePathsBetweenTwoConcepts() {
    AtlasRun.Result result = AtlasRun.piped().inPack("minimal", "related", "apologizing", "--to", "atone");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out().lines()).containsExactly("  apologizing --part-of--> atone");
  }

  @Test
  void noPathIsSaidOnStderrAndIsNotAnError() {
    AtlasRun.Result result = AtlasRun.piped().inPack("minimal", "related", "faith", "--to", "infidelity");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("no path from faith to infidelity within 3 steps");
  }

  @Test
  void jsonOfTheNeighbourhoodAndOfPathsFollowTheSchema() {
    AtlasRun.Result around = AtlasRun.piped().inPack("minimal", "related", "infidelity", "--depth", "2", "--json");
    AtlasRun.Result paths = AtlasRun.piped().inPack("minimal", "related", "apologizing", "--to", "atone", "--json");

    assertThat(Schemas.errorsIn(around.out(), "related")).isEmpty();
    assertThat(Schemas.errorsIn(paths.out(), "related")).isEmpty();
    assertThat(around.out()).contains("\"at\" : \"faith\"", "\"depth\" : 2");
    assertThat(paths.out()).contains("\"length\" : 1");
  }

  @Test
  void aDepthOutOfRangeIsAUsageErrorNamingTheValidRange() {
    AtlasRun.Result result = AtlasRun.piped().inPack("minimal", "related", "faith", "--depth", "0");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).isEqualTo(
        "atlas related: --depth 0 is out of range; valid: 1 to 6. See 'atlas related --help'.\n");
  }

  @Test
  void anUnknownRelationIsAUsageErrorListingTheValidOnes() {
    AtlasRun.Result result = AtlasRun.piped().inPack("minimal", "related", "faith", "--relation", "buildz");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("unknown relation 'buildz'; did you mean 'builds'?",
        "valid: builds, requires, undermines");
  }

  @Test
  void anUnknownTargetFailsWithASuggestion() {
    AtlasRun.Result result = AtlasRun.piped().inPack("minimal", "related", "faith", "--to", "atonne");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).isEqualTo("atlas: unknown concept 'atonne'; did you mean 'atone'?\n");
  }

  @Test
  void directionWithToIsAUsageError() {
    AtlasRun.Result result = AtlasRun.piped().inPack("minimal", "related", "faith", "--to", "atone",
        "--direction", "in");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--direction cannot be combined with --to");
  }
}
