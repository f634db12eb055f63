package org.trustatlas.content.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.trustatlas.content.TrustAtlas;

class ConceptSearchTest {

  private final TrustAtlas atlas = TrustAtlas.bundled();

  @Test
  void aliasesAndStemsFindTheConcept() {
    SearchResults results = atlas.search("cheating", 5);
    assertThat(results.hits().get(0).concept().id().value()).isEqualTo("infidelity");
    assertThat(results.hits().get(0).snippet()).isNotBlank();
  }

  @Test
  void aPreparedAtlasIsTheSameAtlasWithItsIndexBuilt() {
    assertThat(atlas.prepared()).isSameAs(atlas);
    assertThat(atlas.search("cheating", 1).hits()).isNotEmpty();
  }

  @Test
  void onlyStopWordsFindNothingRatherThanEverything() {
    assertThat(atlas.search("how do I", 5).isEmpty()).isTrue();
  }

  @Test
  void badQueriesAndLimitsAreRejectedWithTheValue() {
    assertThatThrownBy(() -> atlas.search("  ", 5)).hasMessage("the search query must not be blank");
    assertThatThrownBy(() -> atlas.search("trust", 0)).hasMessage("limit 0 must be between 1 and 50");
    assertThatThrownBy(() -> atlas.search("x".repeat(501), 5)).hasMessageContaining("501 characters");
  }

  @Test
  void hitsAreRankedBestFirstAndRespectTheLimit() {
    SearchResults results = atlas.search("trust", 4);
    assertThat(results.hits()).hasSizeLessThanOrEqualTo(4);
    for (int i = 1; i < results.hits().size(); i++) {
      assertThat(results.hits().get(i).score()).isLessThanOrEqualTo(results.hits().get(i - 1).score());
    }
  }

  /**
   * A danger block can hide more concepts than the room search keeps for them: those the reader may
   * be shown, ranked below, still fill the limit. With ten kept, one more alias word on a hidden
   * concept once pushed safety planning off "need to get out tonight before he gets back from work".
   */
  @Test
  void conceptsTheReaderMayNotBeShownNeverCrowdOutThoseBelowThem() {
    ConceptSearch search = ConceptSearch.index(atlas.atlas());
    List<String> ranked = search.search(ConceptSearch.Request.of("trust", ConceptSearch.MAX_LIMIT)).stream()
        .map(hit -> hit.concept().id().value()).toList();
    assertThat(ranked).hasSizeGreaterThan(20);
    Set<String> hidden = ranked.stream().limit(15).collect(Collectors.toSet());

    List<String> shown = search.search(new ConceptSearch.Request("trust", 3, List.of(), List.of(), word -> false,
        Set.of(), concept -> !hidden.contains(concept.id().value()))).stream()
        .map(hit -> hit.concept().id().value()).toList();

    assertThat(shown).containsExactlyElementsOf(ranked.subList(15, 18));
  }
}
