package org.trustatlas.content.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.trustatlas.content.TrustAtlas;

class ConceptNamesTest {

  private final ConceptNames names = ConceptNames.of(TrustAtlas.bundled().atlas());

  @Test
  void anIdFindsItsConcept() {
    assertThat(names.lookup("infidelity")).isInstanceOfSatisfying(Lookup.Found.class,
        found -> assertThat(found.concept().id().value()).isEqualTo("infidelity"));
  }

  @Test
  void anAliasIsNotFoundButSuggestsItsConceptFirst() {
    Lookup.NotFound missing = (Lookup.NotFound) names.lookup("cheating");
    assertThat(missing.wellFormed()).isTrue();
    assertThat(missing.suggestedIds()).first().isEqualTo("infidelity");
  }

  @Test
  void aLabelInAnyCaseAndSpacingSuggestsItsConcept() {
    assertThat(((Lookup.NotFound) names.lookup("Couples  Therapy")).suggestedIds()).first()
        .isEqualTo("couples-therapy");
  }

  @Test
  void aMisspelledIdSuggestsTheNearestInSpelling() {
    assertThat(((Lookup.NotFound) names.lookup("infidelty")).suggestedIds()).first().isEqualTo("infidelity");
  }

  @Test
  void textNothingResemblesSuggestsNothingAndSaysWhetherItCouldBeAnId() {
    Lookup.NotFound missing = (Lookup.NotFound) names.lookup("Zebra_Crossing!");
    assertThat(missing.suggestions()).isEmpty();
    assertThat(missing.wellFormed()).isFalse();
  }

  @Test
  void suggestionsAreAtMostThreeAndNeverRepeatAConcept() {
    assertThat(names.suggestions("trust")).hasSizeLessThanOrEqualTo(3).doesNotHaveDuplicates();
  }

  @Test
  void aVocabularyNamesItsNearestWords() {
    Vocabulary relations = Vocabulary.of(org.trustatlas.core.model.RelationKind.class, "relation");
    assertThat(relations.hint("leads-too")).isEqualTo("; did you mean 'leads-to'?");
    assertThat(relations.words()).contains("leads-to");
  }
}
