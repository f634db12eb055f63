package org.trustatlas.content.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.core.model.Atlas;

/**
 * A search keeps the fuzzy expansion of a word, and a term's statistics, only when the word is the
 * pack's own, and what it keeps ranks and scores exactly as a fresh lookup.
 */
class FuzzyExpansionTest {

  private final Atlas atlas = TrustAtlas.bundled().atlas();

  @Test
  void onlyWordsThePackItselfContainsAreKeptNeverOtherWordsAReaderTyped() {
    ConceptSearch search = ConceptSearch.index(atlas);
    search.search(ConceptSearch.Request.of("zorbleflax cheated", 5));
    assertThat(search.remembers("cheated")).isTrue();
    assertThat(search.remembers("zorbleflax")).isFalse();
  }

  @Test
  void aDangerWordIsNeverExpandedEvenWhenThePackHasIt() {
    ConceptSearch search = ConceptSearch.index(atlas);
    search.search(new ConceptSearch.Request("my partner cheated", 5, List.of(), List.of(), "cheated"::equals,
        java.util.Set.of()));
    assertThat(search.remembers("cheated")).isFalse();
    search.search(ConceptSearch.Request.of("my partner cheated", 5));
    assertThat(search.remembers("cheated")).isTrue();
  }

  @Test
  void aKeptExpansionScoresExactlyAsAFreshOne() {
    ConceptSearch used = ConceptSearch.index(atlas);
    List<String> queries = List.of("my partner cheated", "cheated again", "jealousy", "betrayal trauma", "affair");
    queries.forEach(query -> used.search(ConceptSearch.Request.of(query, 10)));
    assertThat(used.remembers("cheated")).isTrue();
    for (String query : queries) {
      assertThat(describe(used.search(ConceptSearch.Request.of(query, 10)))).as(query)
          .isEqualTo(describe(ConceptSearch.index(atlas).search(ConceptSearch.Request.of(query, 10))));
    }
  }

  private static List<String> describe(List<SearchHit> hits) {
    return hits.stream().map(hit -> hit.concept().id() + " " + hit.score() + " " + hit.snippet()).toList();
  }
}
