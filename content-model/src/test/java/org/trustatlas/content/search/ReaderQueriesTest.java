package org.trustatlas.content.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.core.safety.Region;

/**
 * Queries in readers' own words (first person, misspelt, slang, non-native, British and American)
 * must find the concept they mean in the top three, and every query that signals danger must show
 * the safety block first, led by an emergency number. The development set was tuned on; the
 * held-out set was written before tuning and is only reported, so its figures stay honest. Misses
 * are printed so a content editor can add the alias or phrase that is missing.
 */
class ReaderQueriesTest {

  /** {@code expected} may list alternatives separated by {@code |}: any one in the top three counts. */
  record Case(String query, String expected, boolean danger) {

    boolean foundIn(List<String> top) {
      return java.util.Arrays.stream(expected.split("\\|")).map(String::strip).anyMatch(top::contains);
    }
  }

  /** What one set scored. */
  record Score(int cases, int topThree, int dangerous, int dangerShown, int everyday, int falseAlarms,
      List<String> misses) {

    double accuracy() {
      return (double) topThree / cases;
    }

    double dangerRecall() {
      return dangerous == 0 ? 1 : (double) dangerShown / dangerous;
    }

    String line(String name) {
      return String.format(Locale.ROOT, "%s: top 3 %d/%d (%.1f%%); dangerous queries showing a number first %d/%d "
          + "(%.1f%%); everyday queries shown a danger block %d/%d", name, topThree, cases, accuracy() * 100,
          dangerShown, dangerous, dangerRecall() * 100, falseAlarms, everyday);
    }
  }

  private final TrustAtlas atlas = TrustAtlas.bundled();

  @Test
  void theDevelopmentSetFindsNinetyPercentInTheTopThreeAndEveryDangerousQueryShowsANumberFirst() throws IOException {
    List<Case> cases = cases("/search-queries.tsv");
    Score score = score(cases);
    System.out.println(score.line("reader queries (development)"));
    score.misses().forEach(m -> System.out.println("  miss: " + m));
    assertThat(cases).hasSizeGreaterThanOrEqualTo(80);
    assertThat(score.dangerous()).isGreaterThanOrEqualTo(40);
    assertThat(score.accuracy()).as("top-3 accuracy; misses: %s", score.misses()).isGreaterThanOrEqualTo(0.90);
    assertThat(score.dangerRecall()).as("dangerous queries showing a number first; misses: %s", score.misses())
        .isEqualTo(1.0);
    assertThat(score.falseAlarms()).as("everyday queries shown a danger block; misses: %s", score.misses()).isZero();
  }

  @Test
  void everydayWordsThatLookAlarmingNeverRaiseADangerBlock() throws IOException {
    List<Case> cases = cases("/search-queries-false-alarms.tsv");
    Score score = score(cases);
    System.out.println(score.line("reader queries (false alarms)"));
    assertThat(cases).hasSizeGreaterThanOrEqualTo(20);
    assertThat(score.falseAlarms()).as("everyday queries shown a danger block; misses: %s", score.misses()).isZero();
  }

  @Test
  void theHeldOutSetIsReportedAsItStands() throws IOException {
    report("/search-queries-heldout.tsv", "held out A, tuned on after its first run");
  }

  @Test
  void theSecondHeldOutSetIsReportedAsItStands() throws IOException {
    report("/search-queries-heldout-b.tsv", "held out B, its misses moved to the development set after its first run");
  }

  @Test
  void theBlindHeldOutSetIsReportedAsItStands() throws IOException {
    report("/search-queries-heldout-c.tsv", "held out C, written blind, tuned on after its first run");
  }

  @Test
  void theSecondBlindHeldOutSetIsReportedAsItStands() throws IOException {
    report("/search-queries-heldout-d.tsv", "held out D, written blind, tuned on after its first run");
  }

  @Test
  void theThirdBlindHeldOutSetIsReportedAsItStands() throws IOException {
    report("/search-queries-heldout-e.tsv", "held out E, written blind, tuned on after its first run");
  }

  @Test
  void theEverydayBlindHeldOutSetIsReportedAsItStands() throws IOException {
    // Set F holds no dangerous queries (the danger vocabulary has sets of its own): everyday questions
    // across the article's themes, in distressed, misspelt, text-speak and non-native wording.
    Score score = print("/search-queries-heldout-f.tsv", "held out F, everyday, written blind, tuned on after its first run");
    assertThat(score.cases()).isGreaterThanOrEqualTo(80);
    assertThat(score.dangerous()).isZero();
  }

  @Test
  void theSecondEverydayBlindHeldOutSetIsReportedAsItStands() throws IOException {
    // Set G, like F, holds no dangerous queries: everyday questions from both partners, LGBTQ+, older and
    // long-distance couples, in distressed, misspelt, text-speak and non-native wording.
    Score score = print("/search-queries-heldout-g.tsv", "held out G, everyday, written blind");
    assertThat(score.cases()).isGreaterThanOrEqualTo(80);
    assertThat(score.dangerous()).isZero();
  }

  @Test
  void theFourthBlindHeldOutSetIsReportedAsItStands() throws IOException {
    // Set H mixes 75 everyday questions with 25 from readers in danger, some put indirectly.
    report("/search-queries-heldout-h.tsv", "held out H, written blind, tuned on after its first run");
  }

  @Test
  void theFifthBlindHeldOutSetIsReportedAsItStands() throws IOException {
    // Set I mixes 90 everyday questions with 30 from readers in danger, some put indirectly.
    report("/search-queries-heldout-i.tsv", "held out I, written blind");
  }

  @Test
  void theSixthBlindHeldOutSetIsReportedAsItStands() throws IOException {
    // Set J mixes 90 everyday questions with 30 from readers in danger, leaning on second-language
    // English, feelings named instead of topics, slang, readers over 60 and one- or two-word queries.
    report("/search-queries-heldout-j.tsv", "held out J, written blind");
  }

  @Test
  void theSeventhBlindHeldOutSetIsReportedAsItStands() throws IOException {
    // Set K mixes 95 everyday questions with 25 from readers in danger, leaning on scenes described
    // instead of named, readers asking for someone else, disability and illness, open, poly and
    // long-distance relationships, birth, loss and diagnosis, faith and family, and phone typing.
    report("/search-queries-heldout-k.tsv", "held out K, written blind");
  }

  @Test
  void theEighthBlindHeldOutSetIsReportedAsItStands() throws IOException {
    // Set L mixes 95 everyday questions with 25 from readers in danger, leaning on very short and vague
    // queries, second-language English, readers over 60, arranged and religious marriages, sexual pain,
    // erection problems and mismatched desire, porn and sexting, money, gambling and drink, and run-on messages.
    report("/search-queries-heldout-l.tsv", "held out L, written blind");
  }

  /** Prints a held-out set's figures and misses; only its size is asserted, so it is never tuned on. */
  private void report(String resource, String name) throws IOException {
    Score score = print(resource, name);
    assertThat(score.cases()).isGreaterThanOrEqualTo(40);
    assertThat(score.dangerous()).isGreaterThanOrEqualTo(25);
  }

  private Score print(String resource, String name) throws IOException {
    Score score = score(cases(resource));
    System.out.println(score.line("reader queries (" + name + ")"));
    score.misses().forEach(m -> System.out.println("  " + name + " miss: " + m));
    return score;
  }

  private Score score(List<Case> cases) {
    int topThree = 0;
    int dangerous = 0;
    int shown = 0;
    int falseAlarms = 0;
    List<String> misses = new ArrayList<>();
    for (Case c : cases) {
      SearchResults results = atlas.search(c.query(), 3, Region.of("GB"));
      List<String> top = results.hits().stream().map(h -> h.concept().id().value()).toList();
      boolean numberFirst = results.dangerRecognised() && results.safety().startsWithEmergencyNumber();
      if (c.foundIn(top)) {
        topThree++;
      } else {
        misses.add("'" + c.query() + "' expected " + c.expected() + ", got " + top);
      }
      if (c.danger()) {
        dangerous++;
        if (numberFirst) {
          shown++;
        } else {
          misses.add("'" + c.query() + "' signals danger but shows no safety block first");
        }
      } else if (results.dangerRecognised()) {
        falseAlarms++;
        misses.add("'" + c.query() + "' is everyday but was read as danger: " + results.danger().stream()
            .map(m -> m.category().id() + " (\"" + m.phrase() + "\")").toList());
      }
    }
    return new Score(cases.size(), topThree, dangerous, shown, cases.size() - dangerous, falseAlarms, misses);
  }

  private static List<Case> cases(String resource) throws IOException {
    try (InputStream in = ReaderQueriesTest.class.getResourceAsStream(resource)) {
      List<Case> cases = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] parts = line.split("\t");
          cases.add(new Case(parts[0], parts[1].strip(), parts[2].strip().equals("yes")));
        }
      }
      return cases;
    }
  }
}
