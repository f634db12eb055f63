package org.trustatlas.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
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
    assertThat(violations.get(2).item()).as("the cited id at fault, for the loader to point at").contains("S03");
    assertThat(violations.get(0).item()).isEmpty();
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

  /**
   * The flat indexes (ids in one table, citations flattened) against a plain scan, on packs large
   * enough to fill the id table's probe chains: ids that are prefixes of one another, repeated ids,
   * relations to unknown ids, and sentences cited past the article's end.
   */
  @Test
  void indexesAgreeWithAPlainScanOnRandomPacks() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(7);
    Article article = Article.of("Four", java.util.stream.IntStream.rangeClosed(1, 4)
        .mapToObj(n -> new Sentence(SentenceRef.of("S0" + n), "One", "Sentence " + n + ".")).toList());
    for (int round = 0; round < 20; round++) {
      int size = 1 + random.nextInt(600);
      String[] ids = new String[size];
      List<Concept> concepts = new java.util.ArrayList<>();
      for (int i = 0; i < size; i++) {
        // Short ids from a small alphabet: many share prefixes, and some repeat.
        ids[i] = i > 0 && random.nextInt(40) == 0 ? ids[random.nextInt(i)] : randomSlug(random);
        String[] cited = random.ints(1 + random.nextInt(3), 1, 6).distinct().mapToObj(n -> "S0" + n)
            .toArray(String[]::new);
        concepts.add(new TrustDimension(info(ids[i], cited)));
      }
      List<Relation> relations = new java.util.ArrayList<>();
      for (int r = 0; r < size * 3; r++) {
        String from = ids[random.nextInt(size)];
        String to = random.nextInt(30) == 0 ? randomSlug(random) + "-x" : ids[random.nextInt(size)];
        if (from.equals(to)) {
          continue;
        }
        relations.add(Relation.of(RelationKind.RELATED, from, to,
            Citations.sentences("S0" + (1 + random.nextInt(5)))));
      }
      List<String> expected = new java.util.ArrayList<>();
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (Concept concept : concepts) {
        if (!seen.add(concept.id().value())) {
          expected.add("duplicate concept id '" + concept.id() + "'");
        }
        if (concept.citations().sentences().contains(SentenceRef.of("S05"))) {
          expected.add("concept '" + concept.id() + "' cites sentence S05, which the article does not have");
        }
      }
      for (Relation relation : relations) {
        if (!seen.contains(relation.to().value())) {
          expected.add("relation '" + relation.from() + " related " + relation.to() + "' ends at unknown concept '"
              + relation.to() + "'");
        }
        if (relation.citations().sentences().contains(SentenceRef.of("S05"))) {
          expected.add("relation '" + relation.from() + " related " + relation.to()
              + "' cites sentence S05, which the article does not have");
        }
      }
      for (Sentence sentence : article.sentences()) {
        if (Stream.concat(concepts.stream().map(Concept::citations), relations.stream().map(Relation::citations))
            .noneMatch(c -> c.sentences().contains(sentence.ref()))) {
          expected.add("sentence " + sentence.ref() + " is not cited by any concept or relation; every sentence must be");
        }
      }
      assertThat(Atlas.violations(article, concepts, relations)).extracting(Violation::message)
          .filteredOn(m -> !m.contains("listed twice"))
          .map(m -> m.replaceFirst("; did you mean .*$", ""))
          .containsExactlyInAnyOrderElementsOf(expected);

      // The same pack made valid: first of each id, relations between known ids, sentences S01-S04.
      List<Concept> valid = new java.util.ArrayList<>();
      java.util.Set<String> kept = new java.util.LinkedHashSet<>();
      for (Concept concept : concepts) {
        if (kept.add(concept.id().value())) {
          valid.add(new TrustDimension(info(concept.id().value(), "S01", "S0" + (1 + random.nextInt(4)))));
        }
      }
      List<Relation> validRelations = new java.util.ArrayList<>();
      java.util.Set<String> edges = new java.util.HashSet<>();
      for (Relation relation : relations) {
        if (kept.contains(relation.to().value()) && edges.add(relation.from() + ">" + relation.to())) {
          validRelations.add(Relation.of(RelationKind.RELATED, relation.from().value(), relation.to().value(),
              Citations.sentences("S0" + (1 + random.nextInt(4)))));
        }
      }
      Atlas atlas = Atlas.of(PACK, article, List.of(), valid, validRelations);
      for (Concept concept : valid) {
        assertThat(atlas.concept(concept.id())).containsSame(concept);
        assertThat(atlas.concept(concept.id().value() + "0")).isEqualTo(
            valid.stream().filter(c -> c.id().value().equals(concept.id().value() + "0")).findFirst());
        assertThat(atlas.related(concept.id(), Direction.OUTGOING)).extracting(Link::relation)
            .containsExactlyElementsOf(validRelations.stream().filter(r -> r.from().equals(concept.id())).toList());
      }
      for (Sentence sentence : article.sentences()) {
        Atlas.Citing citing = atlas.citing(sentence.ref());
        assertThat(citing.concepts()).containsExactlyElementsOf(
            valid.stream().filter(c -> c.citations().sentences().contains(sentence.ref())).toList());
        assertThat(citing.relations()).containsExactlyElementsOf(
            validRelations.stream().filter(r -> r.citations().sentences().contains(sentence.ref())).toList());
      }
    }
  }

  private static String randomSlug(java.util.SplittableRandom random) {
    StringBuilder slug = new StringBuilder();
    int length = 1 + random.nextInt(random.nextInt(10) == 0 ? 40 : 4);
    for (int i = 0; i < length; i++) {
      slug.append("ab1"  .charAt(random.nextInt(3)));
    }
    return slug.toString();
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
