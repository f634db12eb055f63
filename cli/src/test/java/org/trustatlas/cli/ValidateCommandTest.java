package org.trustatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ValidateCommandTest {

  private final Path broken = AtlasRun.pack("broken");

  @Test
  void aValidPackExitsZeroAndSaysWhatItHolds() {
    AtlasRun.Result result = AtlasRun.piped().run("validate", AtlasRun.pack("minimal").toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).endsWith("is valid: minimal 0.0.1, 5 concepts, 3 relations\n");
  }

  @Test
  void anInvalidPackListsEveryProblemAtItsFileLineAndColumnAndExitsOne() {
    AtlasRun.Result result = AtlasRun.piped().run("validate", broken.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out().lines()).containsExactly(
        broken.resolve("concepts/main.yaml") + ":19:5: unknown field 'colour'; the fields are id, kind, label, "
            + "aliases, summary, sentences, sources, family, actor, phase, adjunct, involvesFault, conjoint, valence, "
            + "optional, order, consentNote",
        broken.resolve("relations.yaml") + ":4:5: relation 'infidelity undermines fath' ends at unknown concept "
            + "'fath'; did you mean 'faith'?");
    assertThat(result.err()).endsWith("is invalid: 2 problems\n");
  }

  @Test
  void theFolderCanComeFromPack() {
    AtlasRun.Result result = AtlasRun.piped().inPack("broken", "validate", "--quiet");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out().lines()).hasSize(2);
    assertThat(result.err()).isEmpty();
  }

  @Test
  void jsonListsTheProblemsWithTheirPointers() {
    AtlasRun.Result result = AtlasRun.piped().run("validate", broken.toString(), "--json");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(Schemas.errorsIn(result.out(), "validate")).isEmpty();
    assertThat(result.out()).contains("\"valid\" : false", "\"pointer\" : \"/relations/0/to\"");
  }

  @Test
  void aMissingFolderFailsInOneLine() {
    AtlasRun.Result result = AtlasRun.piped().run("validate", "no/such/pack");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("atlas validate: pack folder 'no/such/pack' does not exist. "
        + "See 'atlas validate --help'.\n");
  }

  @Test
  void anyOtherCommandOnAnInvalidPackNamesTheFirstProblemAndHowToSeeAll() {
    AtlasRun.Result result = AtlasRun.piped().inPack("broken", "concepts");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err().lines()).singleElement().asString()
        .startsWith("atlas: invalid pack '" + broken + "': concepts/main.yaml:19:5: unknown field 'colour'")
        .endsWith("(and 1 more; run 'atlas validate " + broken + "' to see all)");
  }
}
