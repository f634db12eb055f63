package org.trustatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConceptsCommandTest {

  @Test
  void listsEveryConceptAsAlignedIdKindAndLabelColumns() {
    AtlasRun.Result result = AtlasRun.piped().inPack("minimal", "concepts");

    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out().lines()).containsExactly(
        "faith          trust-dimension      Faith",
        "infidelity     challenge            Infidelity",
        "atone          phase                Atone",
        "apologizing    rebuilding-strategy  Apologizing",
        "renewed-trust  outcome              Renewed trust");
  }

  @Test
  void aTerminalGetsAHeaderRowAPipeDoesNot() {
    AtlasRun.Result result = AtlasRun.onTerminal().with("NO_COLOR", "1").inPack("minimal", "concepts");

    assertThat(result.out().lines().findFirst()).hasValue("ID             KIND                 LABEL");
  }

  @Test
  void kindFiltersTheList() {
    AtlasRun.Result result = AtlasRun.piped().inPack("minimal", "concepts", "--kind", "challenge");

    assertThat(result.out().lines()).containsExactly("infidelity  challenge  Infidelity");
  }

  @Test
  void quietPrintsOnlyIdsForScripts() {
    AtlasRun.Result result = AtlasRun.piped().inPack("minimal", "concepts", "--quiet");

    assertThat(result.out().lines()).containsExactly("faith", "infidelity", "atone", "apologizing", "renewed-trust");
  }

  @Test
  void jsonListsEveryConceptInTheDocumentedShape() {
    AtlasRun.Result result = AtlasRun.piped().inPack("minimal", "concepts", "--json");

    assertThat(Schemas.errorsIn(result.out(), "concepts")).isEmpty();
    assertThat(result.out()).contains("\"id\" : \"infidelity\"", "\"aliases\" : [ \"cheating\", \"affair\" ]",
        "\"family\" : \"relational-betrayal\"");
  }

  @Test
  void anUnknownKindIsAUsageErrorThatSuggestsAndListsTheValidKinds() {
    AtlasRun.Result result = AtlasRun.piped().inPack("minimal", "concepts", "--kind", "chalenge");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err().lines()).singleElement().asString()
        .startsWith("atlas concepts: unknown kind 'chalenge'; did you mean 'challenge'? (valid: trust-dimension, ")
        .endsWith(", resource). See 'atlas concepts --help'.");
  }
}
