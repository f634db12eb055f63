package org.trustatlas.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustatlas.content.input.PackLoadException;
import org.trustatlas.content.input.PackProblem;

/** One broken pack per kind of problem, each asserting where the problem is reported and what it says. */
class PackValidationTest {

  @TempDir Path temp;

  private PackFixture pack() {
    return PackFixture.minimal(temp);
  }

  @Test
  void aValidPackLoadsWithEveryConceptAndRelation() {
    TrustAtlas atlas = TrustAtlas.load(pack().folder());
    assertThat(atlas.atlas().size()).isEqualTo(5);
    assertThat(atlas.atlas().relations()).hasSize(3);
    assertThat(atlas.pack().id()).isEqualTo("minimal");
  }

  @Test
  void malformedYamlIsReportedAtItsLine() {
    PackFixture pack = pack().replace("relations.yaml", "    from: infidelity\n", "    from: [infidelity\n");
    assertThat(pack.problems()).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo("relations.yaml");
      assertThat(p.line()).isEqualTo(4);
      assertThat(p.message()).startsWith("this is not valid YAML or JSON: ");
    });
  }

  @Test
  void unknownFieldIsReportedAtTheFieldWithASuggestion() {
    PackFixture pack = pack().replace("concepts/main.yaml", "    family: relational-betrayal", "    famly: relational-betrayal");
    assertThat(pack.problems()).contains(new PackProblem("concepts/main.yaml", 15, 5, "/concepts/1/famly",
        "unknown field 'famly'; did you mean 'family'?; the fields are id, kind, label, aliases, summary, sentences,"
            + " sources, family, actor, phase, adjunct, involvesFault, conjoint, valence, optional, order, consentNote"));
  }

  @Test
  void missingRequiredFieldIsReportedAtItsEntry() {
    PackFixture pack = pack().replace("concepts/main.yaml", "    label: Faith\n", "");
    assertThat(pack.problems()).containsExactly(
        new PackProblem("concepts/main.yaml", 2, 5, "/concepts/0", "missing required field 'label'"));
  }

  @Test
  void duplicateIdIsReportedAtTheSecondOccurrence() {
    PackFixture pack = pack().replace("concepts/main.yaml", "  - id: renewed-trust", "  - id: faith");
    assertThat(pack.problems()).containsExactly(new PackProblem("concepts/main.yaml", 30, 5, "/concepts/4/id",
        "duplicate concept id 'faith'"));
  }

  @Test
  void unknownConceptInARelationIsReportedWithTheNearestIds() {
    PackFixture pack = pack().replace("relations.yaml", "    from: infidelity", "    from: infidelty");
    assertThat(pack.problems()).containsExactly(new PackProblem("relations.yaml", 3, 5, "/relations/0/from",
        "relation 'infidelty undermines faith' starts at unknown concept 'infidelty'; did you mean 'infidelity'?"));
  }

  @Test
  void unknownSourceKeyIsReportedAtTheKey() {
    PackFixture pack = pack().replace("relations.yaml", "    sources: [gottman-2011]", "    sources: [gotman-2011]");
    assertThat(pack.problems()).containsExactly(new PackProblem("relations.yaml", 13, 15, "/relations/2/sources/0",
        "unknown source 'gotman-2011'; add it to the bibliography in pack.yaml; did you mean 'gottman-2011'?"));
  }

  @Test
  void unknownPhaseOfAStrategyIsReported() {
    PackFixture pack = pack().replace("concepts/main.yaml", "    phase: atone", "    phase: atonement");
    assertThat(pack.problems()).anySatisfy(p -> {
      assertThat(p.pointer()).isEqualTo("/concepts/3/phase");
      assertThat(p.message()).isEqualTo(
          "strategy 'apologizing' names phase 'atonement', which does not exist; did you mean 'atone'?");
    });
  }

  @Test
  void relationJoiningTheWrongKindsNamesTheKindsItMayJoin() {
    PackFixture pack = pack().replace("relations.yaml", "    from: apologizing\n    to: faith",
        "    from: renewed-trust\n    to: faith");
    assertThat(pack.problems()).containsExactly(new PackProblem("relations.yaml", 6, 5, "/relations/1/kind",
        "relation 'renewed-trust restores faith' joins a outcome to a trust-dimension, but restores goes from"
            + " rebuilding-strategy, recovery-requirement to trust-dimension, trust-foundation"));
  }

  @Test
  void missingCitationIsReportedAtTheConcept() {
    PackFixture pack = pack().replace("concepts/main.yaml", "    sources: [gottman-2011]\n    order: 1", "    order: 1");
    assertThat(pack.problems()).containsExactly(new PackProblem("concepts/main.yaml", 16, 5, "/concepts/2",
        "concept 'atone' cites nothing; add at least one article sentence (sentences: [S03]) or one bibliography key"
            + " (sources: [rempel-1985])"));
  }

  @Test
  void unknownSentenceIdIsReportedAtTheCitation() {
    PackFixture pack = pack().replace("relations.yaml", "    sentences: [S03]", "    sentences: [S09]");
    assertThat(pack.problems()).containsExactly(new PackProblem("relations.yaml", 9, 17, "/relations/1/sentences/0",
        "relation 'apologizing restores faith' cites sentence S09, which the article does not have"));
  }

  /** Written one to a line, an unknown id was reported at "sentences:", not at the item the author must fix. */
  @Test
  void anUnknownSentenceIdInAListWrittenOneToALineIsReportedAtItsOwnLine() {
    PackFixture pack = pack().replace("relations.yaml", "    sentences: [S03]", "    sentences:\n      - S03\n      - S09");
    assertThat(pack.problems()).containsExactly(new PackProblem("relations.yaml", 11, 9, "/relations/1/sentences/1",
        "relation 'apologizing restores faith' cites sentence S09, which the article does not have"));
  }

  @Test
  void anUnknownSentenceIdInAFlowListIsReportedAtItsOwnColumn() {
    PackFixture pack = pack().replace("relations.yaml", "    sentences: [S03]", "    sentences: [S03, S09]");
    assertThat(pack.problems()).containsExactly(new PackProblem("relations.yaml", 9, 22, "/relations/1/sentences/1",
        "relation 'apologizing restores faith' cites sentence S09, which the article does not have"));
  }

  @Test
  void malformedSentenceIdIsReportedAtTheCitation() {
    PackFixture pack = pack().replace("relations.yaml", "    sentences: [S03]", "    sentences: [sentence-3]");
    assertThat(pack.problems()).containsExactly(new PackProblem("relations.yaml", 9, 17, "/relations/1/sentences/0",
        "'sentence-3' is not a sentence id; write S followed by two digits, such as S03"));
  }

  @Test
  void uncitedSentenceIsReportedInTheArticle() {
    PackFixture pack = pack().replace("concepts/main.yaml", "    sentences: [S01]\n", "");
    assertThat(pack.problems()).containsExactly(new PackProblem("article.yaml", 3, 5, "/sentences/0",
        "sentence S01 is not cited by any concept or relation; every sentence must be"));
  }

  @Test
  void valueOutsideAnEnumListsTheValidOnesAndTheNearest() {
    PackFixture pack = pack().replace("concepts/main.yaml", "    family: relational-betrayal", "    family: betrayal");
    assertThat(pack.problems()).singleElement().satisfies(p -> {
      assertThat(p.pointer()).isEqualTo("/concepts/1/family");
      assertThat(p.message()).startsWith("'betrayal' is not one of relational-betrayal, partner-harm, past-trauma");
    });
  }

  @Test
  void wrongTypeIsReported() {
    PackFixture pack = pack().replace("concepts/main.yaml", "    order: 1", "    order: first");
    assertThat(pack.problems()).containsExactly(new PackProblem("concepts/main.yaml", 21, 5, "/concepts/2/order",
        "expected a whole number, found text 'first'"));
  }

  @Test
  void fieldOfAnotherKindIsReported() {
    PackFixture pack = pack().replace("concepts/main.yaml", "    order: 1", "    order: 1\n    family: cognitive");
    assertThat(pack.problems()).containsExactly(new PackProblem("concepts/main.yaml", 22, 5, "/concepts/2/family",
        "field 'family' applies only to challenge concepts, and this is a phase"));
  }

  @Test
  void missingFileIsReported() {
    PackFixture pack = pack().delete("relations.yaml");
    assertThat(pack.problems()).contains(new PackProblem("relations.yaml", 0, 0, "", "missing file: a pack needs relations.yaml"));
  }

  @Test
  void everyProblemIsReportedAtOnceAndNothingLoads() {
    PackFixture pack = pack()
        .replace("concepts/main.yaml", "    label: Faith\n", "")
        .replace("relations.yaml", "    sentences: [S03]", "    sentences: [S09]")
        .replace("pack.yaml", "    year: 2011", "    year: 3011");
    assertThatThrownBy(() -> TrustAtlas.load(pack.folder()))
        .isInstanceOf(PackLoadException.class)
        .satisfies(e -> assertThat(((PackLoadException) e).problems()).extracting(PackProblem::file)
            .contains("concepts/main.yaml", "pack.yaml"));
    assertThat(pack.problems().size()).isGreaterThanOrEqualTo(3);
  }

  /**
   * A concept file that does not parse held concepts the rest of the pack names: its one problem is
   * reported, not every relation, rule, check-in answer and danger category that names them as unknown
   * (233 lines for one bad line of the bundled pack's challenges.yaml, the real one sorted below them).
   */
  @Test
  void aConceptFileThatCannotBeReadIsTheOneProblemNotEveryNameOfWhatItHeld() {
    PackFixture pack = pack().withGuidance().replace("concepts/main.yaml", "  - id: infidelity\n", "  - id: [infidelity\n");
    assertThat(pack.problems()).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo("concepts/main.yaml");
      assertThat(p.line()).isEqualTo(10);
      assertThat(p.message()).startsWith("this is not valid YAML or JSON: ");
    });
  }

  /** Names are still checked against the concept files that were read, once every one of them was. */
  @Test
  void anUnknownNameIsStillReportedWhenEveryConceptFileWasRead() {
    PackFixture pack = pack().withGuidance().replace("relations.yaml", "    from: infidelity", "    from: infidelty");
    assertThat(pack.problems()).extracting(PackProblem::message)
        .contains("relation 'infidelty undermines faith' starts at unknown concept 'infidelty'; did you mean 'infidelity'?");
  }

  @Test
  void aFolderThatDoesNotExistIsReported() {
    assertThat(TrustAtlas.validate(temp.resolve("nowhere"))).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("not a pack folder"));
  }
}
