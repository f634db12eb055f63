package org.trustatlas.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AtlasTest {

  private static final SourceRef REMPEL =
      new SourceRef("rempel-1985", "Trust in close relationships", List.of("Rempel, J. K."), 1985, Optional.empty());

  private static final Article ARTICLE = Article.of("Tiny", List.of(
      new Sentence(SentenceRef.of("S01"), "One", "Trust is built slowly."),
      new Sentence(SentenceRef.of("S02"), "One", "Cheating breaks it.")));

  private static final PackInfo PACK = new PackInfo("test", "1", "en", "Test", "");

  private static ConceptInfo info(String id, String... sentences) {
    return ConceptInfo.of(id, id, List.of(), "About " + id + ".", Citations.sentences(sentences));
  }

  private static final List<Concept> CONCEPTS = List.of(
      new TrustDimension(info("faith", "S01")),
      new TrustFoundation(info("honesty", "S01")),
      new DevelopmentPractice(info("honest-dialogue", "S01"), Optional.empty()),
      new Challenge(info("infidelity", "S02"), ChallengeFamily.RELATIONAL_BETRAYAL),
      new Challenge(info("betrayal", "S02"), ChallengeFamily.RELATIONAL_BETRAYAL));

  private static final List<Relation> RELATIONS = List.of(
      Relation.builds("honest-dialogue", "honesty", Citations.sentences("S01")),
      Relation.builds("honesty", "faith", Citations.sentences("S01")),
      Relation.undermines("infidelity", "faith", Citations.sentences("S02")),
      Relation.of(RelationKind.BROADER, "infidelity", "betrayal", Citations.sentences("S02")));

  private static Atlas atlas() {
    return Atlas.of(PACK, ARTICLE, List.of(REMPEL), CONCEPTS, RELATIONS);
  }

  @Test
  void findsConceptsByIdAndKind() {
    Atlas atlas = atlas();
    assertThat(atlas.concept("infidelity")).get().isInstanceOf(Challenge.class);
    assertThat(atlas.concept("Not An Id")).isEmpty();
    assertThat(atlas.concepts(Challenge.class)).extracting(Concept::id)
        .containsExactly(ConceptId.of("infidelity"), ConceptId.of("betrayal"));
    assertThat(atlas.concepts(ConceptKind.OUTCOME)).isEmpty();
  }

  @Test
  void relatedFollowsEdgesInTheAskedDirection() {
    Atlas atlas = atlas();
    assertThat(atlas.related(ConceptId.of("faith"), RelationKind.UNDERMINES, Direction.INCOMING))
        .singleElement().satisfies(link -> {
          assertThat(link.other().id().value()).isEqualTo("infidelity");
          assertThat(link.phrase()).isEqualTo("undermined by");
        });
    assertThat(atlas.related(ConceptId.of("faith"), RelationKind.UNDERMINES, Direction.OUTGOING)).isEmpty();
    assertThat(atlas.related(ConceptId.of("honesty"), Direction.BOTH)).hasSize(2);
  }

  @Test
  void pathsAreFoundShortestFirstWithinTheDepth() {
    Atlas atlas = atlas();
    List<RelationPath> paths = atlas.paths(ConceptId.of("honest-dialogue"), ConceptId.of("faith"), 3);
    assertThat(paths).singleElement().satisfies(p -> assertThat(p.length()).isEqualTo(2));
    assertThat(atlas.paths(ConceptId.of("honest-dialogue"), ConceptId.of("faith"), 1)).isEmpty();
    assertThatThrownBy(() -> atlas.paths(ConceptId.of("faith"), ConceptId.of("honesty"), 7))
        .hasMessageContaining("between 1 and 6");
  }

  @Test
  void citingListsConceptsAndRelationsOfASentence() {
    Atlas.Citing citing = atlas().citing(SentenceRef.of("S02"));
    assertThat(citing.concepts()).hasSize(2);
    assertThat(citing.relations()).hasSize(2);
  }

  @Test
  void aRelationJoiningTheWrongKindsCannotEnterTheAtlas() {
    List<Relation> wrong = List.of(RELATIONS.get(0), RELATIONS.get(1), RELATIONS.get(2), RELATIONS.get(3),
        Relation.restores("infidelity", "faith", Citations.sentences("S02")));
    assertThatThrownBy(() -> Atlas.of(PACK, ARTICLE, List.of(), CONCEPTS, wrong))
        .isInstanceOf(InvalidAtlasException.class)
        .hasMessageContaining("joins a challenge to a trust-dimension, but restores goes from");
  }

  @Test
  void broaderJoinsOnlyConceptsOfTheSameKind() {
    assertThat(RelationKind.BROADER.joins(ConceptKind.CHALLENGE, ConceptKind.CHALLENGE)).isTrue();
    assertThat(RelationKind.BROADER.joins(ConceptKind.CHALLENGE, ConceptKind.OUTCOME)).isFalse();
  }

  @Test
  void everyViolationIsReportedNotOnlyTheFirst() {
    List<Concept> duplicated = new java.util.ArrayList<>(CONCEPTS);
    duplicated.add(new TrustDimension(info("faith", "S01")));
    List<Relation> dangling = List.of(Relation.undermines("cheating", "faith", Citations.sentences("S03")));
    List<Violation> violations = Atlas.violations(ARTICLE, duplicated, dangling);
    assertThat(violations).extracting(Violation::message).containsExactly(
        "duplicate concept id 'faith'",
        "relation 'cheating undermines faith' starts at unknown concept 'cheating'",
        "relation 'cheating undermines faith' cites sentence S03, which the article does not have");
  }

  @Test
  void anUncitedSentenceIsAViolation() {
    List<Violation> violations = Atlas.violations(ARTICLE, List.of(new TrustDimension(info("faith", "S01"))), List.of());
    assertThat(violations).singleElement().satisfies(v ->
        assertThat(v.subject()).isEqualTo(new Violation.OfSentence(SentenceRef.of("S02"), Optional.empty())));
  }

  @Test
  void aRelationRepeatedAmongManyFromOneConceptIsReportedAtTheRepeat() {
    List<Concept> concepts = new java.util.ArrayList<>(List.of(new TrustFoundation(info("honesty", "S01", "S02"))));
    List<Relation> relations = new java.util.ArrayList<>();
    for (int i = 0; i < 40; i++) {
      concepts.add(new TrustDimension(info("dimension-" + i, "S01")));
      relations.add(Relation.builds("honesty", "dimension-" + i, Citations.sentences("S01")));
    }
    relations.add(Relation.builds("honesty", "dimension-7", Citations.sentences("S02")));
    relations.add(Relation.of(RelationKind.RELATED, "honesty", "dimension-7", Citations.sentences("S02")));
    assertThat(Atlas.violations(ARTICLE, concepts, relations)).singleElement().satisfies(v -> {
      assertThat(v.message()).isEqualTo("relation 'honesty builds dimension-7' is listed twice");
      assertThat(v.subject()).isEqualTo(new Violation.OfRelation(40, Optional.empty()));
    });
  }

  @Test
  void relatedListsEachKindInPackOrderOutgoingBeforeIncoming() {
    Atlas atlas = Atlas.of(PACK, ARTICLE, List.of(), CONCEPTS, List.of(
        Relation.of(RelationKind.RELATED, "infidelity", "betrayal", Citations.sentences("S02")),
        Relation.of(RelationKind.BROADER, "infidelity", "betrayal", Citations.sentences("S02")),
        Relation.undermines("infidelity", "faith", Citations.sentences("S02")),
        Relation.undermines("betrayal", "honesty", Citations.sentences("S01")),
        Relation.of(RelationKind.RELATED, "betrayal", "honest-dialogue", Citations.sentences("S01")),
        Relation.of(RelationKind.RELATED, "faith", "betrayal", Citations.sentences("S01"))));
    assertThat(atlas.related(ConceptId.of("betrayal"), Direction.BOTH))
        .extracting(l -> l.relation().kind().slug() + " " + l.relation().from() + ">" + l.relation().to() + " "
            + l.other().id() + " " + l.direction().slug())
        .containsExactly(
            "undermines betrayal>honesty honesty outgoing",
            "broader infidelity>betrayal infidelity incoming",
            "related betrayal>honest-dialogue honest-dialogue outgoing",
            "related infidelity>betrayal infidelity incoming",
            "related faith>betrayal faith incoming");
  }

  @Test
  void everyQueryRefusesANullArgumentByName() {
    Atlas atlas = atlas();
    ConceptId faith = ConceptId.of("faith");
    assertThatThrownBy(() -> atlas.concept((ConceptId) null)).hasMessage("concept id must not be null");
    assertThatThrownBy(() -> atlas.concepts((ConceptKind) null)).hasMessage("concept kind must not be null");
    assertThatThrownBy(() -> atlas.concepts((Class<Challenge>) null)).hasMessage("concept type must not be null");
    assertThatThrownBy(() -> atlas.source(null)).hasMessage("source key must not be null");
    assertThatThrownBy(() -> atlas.related(null, Direction.OUTGOING)).hasMessage("concept id must not be null");
    assertThatThrownBy(() -> atlas.related(faith, null)).hasMessage("direction must not be null");
    assertThatThrownBy(() -> atlas.paths(null, faith, 2)).hasMessage("from must not be null");
    assertThatThrownBy(() -> atlas.paths(faith, null, 2)).hasMessage("to must not be null");
    assertThatThrownBy(() -> atlas.citing(null)).hasMessage("sentence must not be null");
    assertThatThrownBy(() -> Atlas.of(null, ARTICLE, List.of(), CONCEPTS, RELATIONS))
        .isInstanceOf(NullPointerException.class).hasMessage("pack must not be null");
  }
}
