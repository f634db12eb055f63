package org.trustatlas.content.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.core.safety.Region;

/**
 * Search on the bundled pack read from its build-time snapshot (vocabulary and index included)
 * gives what search on the same pack read from YAML gives: the danger recognised, the safety block
 * and every hit with its score and snippet, for every danger query of the reader query sets.
 */
class SnapshotSearchTest {

  private static final TrustAtlas SNAPSHOT = TrustAtlas.bundled();
  private static final TrustAtlas YAML = TrustAtlas.load(bundledFolder());

  @Test
  void everyDangerQueryFindsTheSameDangerSafetyBlockAndHitsFromTheSnapshotAsFromYaml() throws IOException {
    List<String> queries = new ArrayList<>();
    for (String file : List.of("/search-queries.tsv", "/search-queries-heldout.tsv", "/search-queries-heldout-b.tsv")) {
      queries.addAll(dangerQueries(file));
    }
    assertThat(queries).hasSizeGreaterThan(100);
    int recognised = 0;
    for (String query : queries) {
      for (Region region : List.of(Region.INTERNATIONAL, Region.of("GB"), Region.of("US"))) {
        var fromSnapshot = SNAPSHOT.search(query, 10, region);
        DeepEquality.difference(fromSnapshot, YAML.search(query, 10, region)).ifPresent(difference -> {
          throw new AssertionError("'" + query + "' in " + region + " differs at " + difference);
        });
        recognised += fromSnapshot.danger().isEmpty() ? 0 : 1;
      }
    }
    // Most danger queries are recognised, so the comparison covers the pinned-first path, not only the index.
    assertThat(recognised).isGreaterThan(queries.size() * 3 / 2);
  }

  @Test
  void theBuildWroteEverySnapshotPartTheBundledAtlasReadsSoTheComparisonIsNotYamlAgainstYaml() {
    assertThat(PackSnapshot.read()).isPresent();
    assertThat(PackSnapshot.searchIndex()).isPresent();
  }

  private static List<String> dangerQueries(String resource) throws IOException {
    try (InputStream in = SnapshotSearchTest.class.getResourceAsStream(resource)) {
      List<String> queries = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String[] columns = line.split("\t");
        if (!line.startsWith("#") && columns.length == 3 && columns[2].strip().equals("yes")) {
          queries.add(columns[0]);
        }
      }
      return queries;
    }
  }

  private static Path bundledFolder() {
    try {
      return Path.of(SnapshotSearchTest.class.getResource("/org/trustatlas/content/bundled/pack.yaml").toURI())
          .getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
