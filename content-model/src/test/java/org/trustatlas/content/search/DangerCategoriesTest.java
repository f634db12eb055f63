package org.trustatlas.content.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.content.danger.DangerMatch;
import org.trustatlas.core.safety.Region;

/**
 * The danger categories readers' own words signal, case by case ({@code danger-categories.tsv}):
 * a victim never read as someone using harm, a threat with a weapon never missed, an everyday
 * worry never shown a danger block. Columns: the query; the categories of which at least one must be
 * signalled ({@code -} for none at all, {@code *} for no expectation); the categories it must never signal.
 */
class DangerCategoriesTest {

  private static final TrustAtlas BUNDLED = TrustAtlas.bundled();
  /** In the expected column: no expectation, only the last column is checked. */
  private static final String ANY = "*";

  @TestFactory
  List<DynamicTest> eachReadersWordsSignalTheirDangerAndNothingTheyDidNotSay() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (String[] row : rows()) {
      String query = row[0];
      boolean anything = row[1].equals(ANY);
      List<String> expected = categories(row[1]);
      List<String> never = categories(row[2]);
      tests.add(DynamicTest.dynamicTest(query, () -> {
        List<String> found = BUNDLED.search(query, 5, Region.of("GB")).danger().stream()
            .map(DangerMatch::category).map(category -> category.id()).toList();
        if (anything) {
          // only the categories it must never signal are checked
        } else if (expected.isEmpty()) {
          assertThat(found).as("'%s' is everyday", query).isEmpty();
        } else {
          assertThat(found).as("'%s' signals one of %s", query, expected).containsAnyElementsOf(expected);
        }
        assertThat(found).as("'%s' never signals %s", query, never).noneMatch(never::contains);
      }));
    }
    assertThat(tests).hasSizeGreaterThan(100);
    return tests;
  }

  private static List<String> categories(String cell) {
    return cell.equals("-") || cell.equals(ANY) ? List.of() : Arrays.asList(cell.split(","));
  }

  private static List<String[]> rows() throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(
        Objects.requireNonNull(DangerCategoriesTest.class.getResourceAsStream("/danger-categories.tsv")),
        StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] row = line.split("\t");
          assertThat(row).as("line '%s' has a query, the expected categories and the ones it never signals", line)
              .hasSize(3);
          rows.add(row);
        }
      }
    }
    return rows;
  }
}
