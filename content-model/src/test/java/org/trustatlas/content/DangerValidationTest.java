package org.trustatlas.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustatlas.content.danger.DangerAudience;
import org.trustatlas.content.input.PackProblem;
import org.trustatlas.core.model.ConceptId;

/** One broken {@code danger.yaml} per kind of problem, each asserting where it is reported and what it says. */
class DangerValidationTest {

  @TempDir Path temp;

  private PackFixture pack() {
    return PackFixture.minimal(temp).withGuidance();
  }

  @Test
  void theTestVocabularyLoadsAndRecognisesItsPhrases() {
    PackFixture pack = pack();
    assertThat(pack.problems()).isEmpty();
    TrustAtlas atlas = TrustAtlas.load(pack.folder());
    assertThat(atlas.dangerVocabulary().recognise("he punched me")).singleElement()
        .satisfies(m -> assertThat(m.category().id()).isEqualTo("betrayed-and-hit"));
    assertThat(atlas.dangerVocabulary().recognise("it hit me that he lied")).isEmpty();
  }

  @Test
  void anUnknownConceptIsReportedWhereItIsNamedWithTheNearestId() {
    PackFixture pack = pack().replace("danger.yaml", "concepts: [infidelity]", "concepts: [infidelty]");
    assertThat(pack.problems()).containsExactly(new PackProblem("danger.yaml", 14, 16, "/categories/0/concepts/0",
        "unknown concept 'infidelty'; did you mean 'infidelity'?"));
  }

  @Test
  void aCategoryReplacingOneThatIsNotThereIsReportedAtItsPlace() {
    PackFixture pack = pack().replace("danger.yaml", "    concepts: [infidelity]",
        "    replaces: [betrayed-and-kicked]\n    concepts: [infidelity]");
    assertThat(pack.problems()).singleElement().satisfies(p -> {
      assertThat(p.pointer()).isEqualTo("/categories/0/replaces/0");
      assertThat(p.message()).contains("replaces 'betrayed-and-kicked', which is no category");
    });
  }

  @Test
  void anUnknownSourceIsReportedWithTheNearestKey() {
    PackFixture pack = pack().replace("danger.yaml", "sources: [rempel-1985]", "sources: [rempel-1958]");
    assertThat(pack.problems()).singleElement().satisfies(p -> {
      assertThat(p.pointer()).isEqualTo("/categories/0/sources/0");
      assertThat(p.message()).contains("unknown source 'rempel-1958'").contains("did you mean 'rempel-1985'?");
    });
  }

  @Test
  void anUnknownFlagOrServiceIsReportedAtItsPlace() {
    PackFixture pack = pack().replace("danger.yaml", "ongoing-abuse: \"yes\"", "ongoing-abuze: \"yes\"")
        .replace("danger.yaml", "services: [domestic-violence]", "services: [domestic-violense]");
    assertThat(pack.problems()).extracting(PackProblem::pointer)
        .containsExactlyInAnyOrder("/categories/0/flags/ongoing-abuze", "/categories/0/services/0");
  }

  /** A category's audience is one of the known kinds, reported at its own line when it is not. */
  @Test
  void anUnknownAudienceIsReportedAtItsLineAndField() {
    PackFixture pack = pack().replace("danger.yaml", "    services: [domestic-violence]",
        "    audience: someone-who-hurts\n    services: [domestic-violence]");
    assertThat(pack.problems()).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo("danger.yaml");
      assertThat(p.pointer()).isEqualTo("/categories/0/audience");
      assertThat(p.line()).isPositive();
      assertThat(p.message()).contains("someone-who-hurts").contains("using-harm");
    });
  }

  /** The audience a pack writes is the one its category is written to; left out, it is read from the services. */
  @Test
  void anAudienceIsReadAsWrittenAndInferredWhenLeftOut() {
    TrustAtlas inferred = TrustAtlas.load(pack().folder());
    assertThat(inferred.dangerVocabulary().recognise("he punched me")).singleElement()
        .satisfies(m -> assertThat(m.category().audience()).isEqualTo(DangerAudience.AT_RISK));
    PackFixture written = PackFixture.minimal(temp.resolve("written")).withGuidance().replace("danger.yaml",
        "    services: [domestic-violence]", "    audience: using-harm\n    services: [domestic-violence]");
    assertThat(written.problems()).isEmpty();
    assertThat(TrustAtlas.load(written.folder()).dangerVocabulary().recognise("he punched me")).singleElement()
        .satisfies(m -> assertThat(m.category().writtenToSomeoneUsingHarm()).isTrue());
  }

  @Test
  void aPhraseNamingAnUnknownGroupIsReportedOnItsOwnLineWithTheNearestGroup() {
    PackFixture pack = pack().replace("danger.yaml", "\"{hits} me\"", "\"{hit} me\"");
    assertThat(pack.problems()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(10);
      assertThat(p.pointer()).isEqualTo("/categories/0/phrases/0");
      assertThat(p.message()).contains("names group 'hit'").contains("did you mean 'hits'?");
    });
  }

  @Test
  void aPhraseWhoseEveryWordMayBeLeftOutIsRefused() {
    PackFixture pack = pack().replace("danger.yaml", "      - kil me\n", "      - (kil) (me)\n");
    assertThat(pack.problems()).singleElement().satisfies(p -> {
      assertThat(p.pointer()).isEqualTo("/categories/0/phrases/1");
      assertThat(p.message()).contains("every word in brackets");
    });
  }

  @Test
  void anUnlessPhraseRulesItsCategoryOutForTheWholeText() {
    PackFixture pack = pack().replace("danger.yaml", "      - it hit me\n", "      - it hit me\n    unless:\n      - a game\n");
    assertThat(pack.problems()).isEmpty();
    TrustAtlas atlas = TrustAtlas.load(pack.folder());
    assertThat(atlas.dangerVocabulary().recognise("he punched me")).hasSize(1);
    assertThat(atlas.dangerVocabulary().recognise("he punched me in a game")).isEmpty();
  }

  @Test
  void aBadUnlessPhraseIsReportedAtItsPlace() {
    PackFixture broken = pack().replace("danger.yaml", "      - it hit me\n", "      - it hit me\n    unless:\n      - \"{hitt} a game\"\n");
    assertThat(broken.problems()).singleElement().satisfies(p -> {
      assertThat(p.pointer()).isEqualTo("/categories/0/unless/0");
      assertThat(p.message()).contains("names group 'hitt'").contains("did you mean 'hits'?");
    });
  }

  @Test
  void aSpellingThatIsNotWordsIsReportedAtItsKey() {
    PackFixture pack = pack().replace("danger.yaml", "  kil: kill", "  kil: [kill]");
    assertThat(pack.problems()).singleElement().satisfies(p -> {
      assertThat(p.pointer()).isEqualTo("/spellings/kil");
      assertThat(p.message()).contains("must map to the words it stands for");
    });
  }

  @Test
  void aSpellingWhoseMeaningUsesAnotherSpellingIsReportedAtItsKey() {
    // Meanings are not respelt, so "hitt: kil" would never read as "kill".
    PackFixture pack = pack().replace("danger.yaml", "  kil: kill", "  kil: kill\n  hitt: kil");
    assertThat(pack.problems()).singleElement().satisfies(p -> {
      assertThat(p.pointer()).isEqualTo("/spellings/hitt");
      assertThat(p.message()).contains("'kil' is itself a spelling (of 'kill')");
    });
  }

  @Test
  void aPackWithoutADangerFileInheritsTheBundledVocabularyNamingOnlyItsOwnConcepts() {
    PackFixture pack = PackFixture.minimal(temp);
    TrustAtlas atlas = TrustAtlas.load(pack.folder());
    assertThat(atlas.dangerVocabulary().categories()).hasSameSizeAs(
        TrustAtlas.bundled().dangerVocabulary().categories());
    assertThat(atlas.dangerVocabulary().safetyConcepts()).allSatisfy(
        id -> assertThat(atlas.atlas().concept(id)).as(id.value()).isPresent());
    assertThat(atlas.search("he chokes me", 5).safety().startsWithEmergencyNumber()).isTrue();
    assertThat(atlas.atlas().concept(ConceptId.of("strangulation"))).isEmpty();
  }

  @Test
  void anUnknownReaderGroupIsReportedWithTheNearestGroup() {
    PackFixture pack = pack().replace("danger.yaml", "categories:", "readers:\n  man: [i am a man]\ncategories:");
    assertThat(pack.problems()).singleElement().satisfies(p -> {
      assertThat(p.pointer()).isEqualTo("/readers/man");
      assertThat(p.message()).contains("unknown group 'man'").contains("did you mean 'men'?");
    });
  }
}
