package org.trustatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.core.model.Concept;

/** The commands as a new user first tries them: on the bundled pack, without --pack. */
class BundledPackTest {

  @Test
  void couplesTherapyShowsWhatTheSafetyRulesSayBeforeItsRelations() {
    AtlasRun.Result result = AtlasRun.piped().run("show", "couples-therapy");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("Safety: ");
    assertThat(result.out().indexOf("Safety: ")).isLessThan(result.out().indexOf("Addresses"));
    AtlasRun.Result json = AtlasRun.piped().run("show", "couples-therapy", "--json");
    assertThat(Schemas.errorsIn(json.out(), "show")).isEmpty();
    assertThat(json.out()).contains("\"cautions\" : [ \"");
  }

  @Test
  void showInfidelityReadsAsAConceptPage() {
    AtlasRun.Result result = AtlasRun.piped().run("show", "infidelity");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("Infidelity\n  challenge; family: relational-betrayal\n  also: cheating");
    assertThat(result.out()).contains("\nUndermines\n  ", "\nEvokes\n  ", "\nRests on\n  S", "\nSources\n  ");
  }

  @Test
  void conceptsListsEveryConceptOnePerLine() {
    AtlasRun.Result result = AtlasRun.piped().run("concepts");

    assertThat(result.out().lines()).hasSize(TrustAtlas.bundled().atlas().size());
    assertThat(result.out().lines()).anyMatch(line -> line.matches("infidelity +challenge +Infidelity"));
  }

  @Test
  void everyConceptShowsAndItsJsonFollowsTheSchema() {
    List<Concept> concepts = List.copyOf(TrustAtlas.bundled().atlas().concepts());

    for (Concept concept : concepts) {
      AtlasRun.Result text = AtlasRun.piped().run("show", concept.id().value());
      AtlasRun.Result json = AtlasRun.piped().run("show", concept.id().value(), "--json");

      assertThat(text.exitCode()).as(concept.id().value()).isZero();
      assertThat(text.out()).as(concept.id().value()).startsWith(concept.label() + "\n");
      assertThat(Schemas.errorsIn(json.out(), "show")).as(concept.id().value()).isEmpty();
    }
  }

  @Test
  void everyCommandsJsonOnTheBundledPackFollowsItsSchema() {
    assertThat(Schemas.errorsIn(AtlasRun.piped().run("concepts", "--json").out(), "concepts")).isEmpty();
    assertThat(Schemas.errorsIn(AtlasRun.piped().run("related", "infidelity", "--depth", "3", "--json").out(),
        "related")).isEmpty();
    assertThat(Schemas.errorsIn(AtlasRun.piped().run("related", "infidelity", "--to", "hurt", "--json").out(),
        "related")).isEmpty();
    assertThat(Schemas.errorsIn(AtlasRun.piped().run("validate", "--json").out(), "validate")).isEmpty();
    assertThat(Schemas.errorsIn(AtlasRun.piped().run("search", "he", "hits", "me", "--json").out(), "search")).isEmpty();
  }

  @Test
  void theBundledPackValidates() {
    AtlasRun.Result result = AtlasRun.piped().run("validate");

    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).startsWith("the bundled pack is valid: ");
  }

  @Test
  void theJsonExportOfTheBundledPackFollowsTheShippedSchema() {
    AtlasRun.Result result = AtlasRun.piped().run("export", "--format", "json");

    assertThat(result.exitCode()).isZero();
    assertThat(Schemas.errorsInExport(result.out())).isEmpty();
  }

  @Test
  void searchFindsWhatAReaderMeans() {
    assertThat(AtlasRun.piped().run("search", "my", "partner", "cheated", "--quiet").out().lines())
        .first().isEqualTo("infidelity");
    assertThat(AtlasRun.piped().run("search", "he", "hits", "me", "--quiet").out().lines())
        .first().isEqualTo("intimate-partner-abuse");
  }

  @Test
  void aMisspeltConceptSuggestsTheRightOne() {
    AtlasRun.Result result = AtlasRun.piped().run("show", "infidelty");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).startsWith("atlas: unknown concept 'infidelty'; did you mean 'infidelity'");
  }
}
