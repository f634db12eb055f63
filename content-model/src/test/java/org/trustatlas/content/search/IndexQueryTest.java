package org.trustatlas.content.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.core.model.Atlas;

class IndexQueryTest {

  private static final List<String> SETS = List.of("search-queries.tsv", "search-queries-false-alarms.tsv",
      "search-queries-heldout.tsv", "search-queries-heldout-b.tsv", "search-queries-heldout-c.tsv",
      "search-queries-heldout-d.tsv", "search-queries-heldout-e.tsv", "search-queries-heldout-f.tsv");

  private final Atlas atlas = TrustAtlas.bundled().atlas();
  private final ConceptSearch search = ConceptSearch.index(atlas);

  @Test
  void theBestKeysComeFirstInOrderWhateverTheLimit() {
    Random random = new Random(12);
    for (int round = 0; round < 2_000; round++) {
      int found = random.nextInt(300);
      int limit = random.nextInt(70);
      long[] keys = new long[found + random.nextInt(5)];
      for (int i = 0; i < keys.length; i++) {
        keys[i] = random.nextInt(4) == 0 ? random.nextInt(8) : random.nextLong();
      }
      long[] sorted = java.util.Arrays.copyOf(keys, found);
      java.util.Arrays.sort(sorted);

      int kept = IndexQuery.bestFirst(keys, found, limit);

      assertThat(kept).isEqualTo(Math.min(limit, found));
      assertThat(java.util.Arrays.copyOf(keys, kept)).as("found %d, limit %d", found, limit)
          .containsExactly(java.util.Arrays.copyOf(sorted, kept));
    }
  }

  @Test
  void everyTestQueryRanksAndScoresExactlyAsLuceneRanksAndScoresIt() throws IOException {
    LuceneOracle lucene = new LuceneOracle(atlas);
    List<String> queries = queries();
    assertThat(queries).hasSizeGreaterThan(550);
    int compared = 0;
    for (String query : queries) {
      List<List<String>> analysed = search.analysed(query);
      List<String> terms = analysed.get(0);
      if (terms.isEmpty()) {
        continue;
      }
      List<String> words = analysed.get(1);
      for (boolean loosely : List.of(true, false)) {
        List<Boolean> fuzzy = Collections.nCopies(terms.size(), loosely);
        assertThat(search.ranked(terms, words, fuzzy, 60)).as("%s (fuzzy %s)", query, loosely)
            .isEqualTo(lucene.top(terms, words, fuzzy, 60));
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(1100);
  }

  @Test
  void aWordRepeatedScoresAsLuceneScoresItsMergedClause() throws IOException {
    LuceneOracle lucene = new LuceneOracle(atlas);
    for (String query : List.of("trust trust trust", "cheating cheating cheating", "help help help partner",
        "consent consent consent consent consent", "he hit hits hitting me me me", "jelous jelous jelous affair",
        "trust trust", "abuse abuse abuse abuse")) {
      List<List<String>> analysed = search.analysed(query);
      for (boolean loosely : List.of(true, false)) {
        List<Boolean> fuzzy = Collections.nCopies(analysed.get(0).size(), loosely);
        assertThat(search.ranked(analysed.get(0), analysed.get(1), fuzzy, 60)).as("%s (fuzzy %s)", query, loosely)
            .isEqualTo(lucene.top(analysed.get(0), analysed.get(1), fuzzy, 60));
      }
    }
  }

  @Test
  void misspeltAndShuffledWordsOfThePacksOwnNamesRankAsLuceneRanksThem() throws IOException {
    LuceneOracle lucene = new LuceneOracle(atlas);
    List<String> names = new ArrayList<>();
    atlas.concepts().forEach(c -> {
      names.add(c.label());
      names.addAll(c.aliases());
    });
    Random random = new Random(42);
    for (int n = 0; n < 400; n++) {
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 1 + random.nextInt(5); w++) {
        String[] parts = names.get(random.nextInt(names.size())).split(" ");
        text.append(typo(parts[random.nextInt(parts.length)], random)).append(' ');
      }
      List<List<String>> analysed = search.analysed(text.toString());
      if (analysed.get(0).isEmpty()) {
        continue;
      }
      List<Boolean> fuzzy = Collections.nCopies(analysed.get(0).size(), true);
      assertThat(search.ranked(analysed.get(0), analysed.get(1), fuzzy, 60)).as(text.toString())
          .isEqualTo(lucene.top(analysed.get(0), analysed.get(1), fuzzy, 60));
    }
  }

  // A letter dropped, doubled, swapped with the next or changed, or none.
  private static String typo(String word, Random random) {
    if (word.length() < 3) {
      return word;
    }
    int at = 1 + random.nextInt(word.length() - 2);
    return switch (random.nextInt(5)) {
      case 0 -> word.substring(0, at) + word.substring(at + 1);
      case 1 -> word.substring(0, at) + word.charAt(at) + word.substring(at);
      case 2 -> word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2);
      case 3 -> word.substring(0, at) + (char) ('a' + random.nextInt(26)) + word.substring(at + 1);
      default -> word;
    };
  }

  static List<String> queries() throws IOException {
    List<String> queries = new ArrayList<>();
    for (String set : SETS) {
      try (InputStream in = IndexQueryTest.class.getResourceAsStream("/" + set)) {
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          if (!line.isBlank() && !line.startsWith("#")) {
            queries.add(line.split("\t")[0]);
          }
        }
      }
    }
    return queries;
  }
}
