package org.trustatlas.content.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.core.model.Atlas;

/**
 * A search keeps the fuzzy expansion of a word only when the word is the pack's own, and a kept
 * expansion ranks and scores exactly as a fresh one.
 */
class FuzzyExpansionTest {

  private final Atlas atlas = TrustAtlas.bundled().atlas();

  @Test
  void onlyWordsThePackItselfContainsAreKeptNeverOtherWordsAReaderTyped() {
    ConceptSearch search = ConceptSearch.index(atlas);
    search.search("zorbleflax cheated", 5);
    assertThat(search.remembers("cheated")).isTrue();
    assertThat(search.remembers("zorbleflax")).isFalse();
  }

  @Test
  void aKeptExpansionScoresExactlyAsAFreshOne() {
    ConceptSearch used = ConceptSearch.index(atlas);
    List<String> queries = List.of("my partner cheated", "cheated again", "jealousy", "betrayal trauma", "affair");
    queries.forEach(query -> used.search(query, 10));
    assertThat(used.remembers("cheated")).isTrue();
    for (String query : queries) {
      assertThat(describe(used.search(query, 10))).as(query)
          .isEqualTo(describe(ConceptSearch.index(atlas).search(query, 10)));
    }
  }

  private static List<String> describe(SearchResults results) {
    return results.hits().stream().map(hit -> hit.concept().id() + " " + hit.score() + " " + hit.snippet()).toList();
  }
}
