package org.trustatlas.content.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.junit.jupiter.api.Test;

class PlainAnalysisTest {

  private static final Analyzer LUCENE = ReaderAnalyzer.perField();

  @Test
  void analysesEveryTestQueryAndEveryLineOfThePackAsLuceneDoes() throws IOException {
    int compared = 0;
    for (String text : PorterTest.packTexts()) {
      for (String line : text.split("\n")) {
        if (sameAsLucene(line)) {
          compared++;
        }
      }
    }
    assertThat(compared).isGreaterThan(2000);
  }

  @Test
  void analysesRandomAsciiTextAsLuceneDoes() {
    Random random = new Random(11);
    // Letters and digits most, then what joins or splits them: full stops, apostrophes, colons,
    // commas, semicolons, underscores, hyphens, quotes and white space of every kind.
    String alphabet = "abcdefghijklmnopqrstuvwxyzABCSXYZ0123456789aeiou..''::,,;;__-\"   \t\n\r/!?()&@#$%*+=<>[]{}|~^`\\";
    int compared = 0;
    for (int n = 0; n < 30_000; n++) {
      StringBuilder text = new StringBuilder();
      int length = 1 + random.nextInt(40);
      for (int i = 0; i < length; i++) {
        text.append(random.nextInt(50) == 0 ? (char) random.nextInt(0x80) : alphabet.charAt(random.nextInt(alphabet.length())));
      }
      if (sameAsLucene(text.toString())) {
        compared++;
      }
    }
    assertThat(compared).isEqualTo(30_000);
  }

  @Test
  void analysesWhatReadersTypeAsLuceneDoes() {
    for (String text : List.of("don't", "he's cheating", "HE'S CHEATING", "my partner's ex", "e-mail", "e.g. sexting",
        "3.5 years", "1,000 times", "1:2", "a:b", "u.s.a.", "it's 2am...he still isn't home", "who's_there",
        "__init__", "_a_ b_", "a.1", "1.a", "a1.b2", "x'y'z", "'quoted'", "end.", "...", "a''b", "9;30", "a;b",
        "we've been married 12yrs", "bf/gf", "rape?!", "what-if", "O'Neil's", "'s", "s's", "1's")) {
      assertThat(sameAsLucene(text)).as(text).isTrue();
    }
  }

  @Test
  void leavesTextWithOtherCharactersOrOverlongWordsToLucene() {
    assertThat(PlainAnalysis.words("mon partenaire m’a trompé")).isNull();
    assertThat(PlainAnalysis.words("he hurt me 😢")).isNull();
    assertThat(PlainAnalysis.words("a".repeat(255))).isNull();
    assertThat(PlainAnalysis.words("a".repeat(254))).containsExactly("a".repeat(254));
    assertThat(PlainAnalysis.words("-".repeat(300))).isEmpty();
  }

  @Test
  void itsStopWordsAreLucenesEnglishOnesAndTheReadersPronouns() {
    List<String> english = new ArrayList<>();
    EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.forEach(word -> english.add(new String((char[]) word)));
    assertThat(PlainAnalysis.STOP_WORDS).containsAll(english).contains("my", "he", "she", "me", "feel");
    assertThat(PlainAnalysis.STOP_WORDS.subList(0, english.size())).containsExactlyInAnyOrderElementsOf(english);
  }

  // Whether the plain analysis of text, when it gives one, is Lucene's for both kinds of field.
  private static boolean sameAsLucene(String text) {
    List<String> words = PlainAnalysis.words(text);
    if (words == null) {
      return false;
    }
    assertThat(words).as("words of [%s]", text).isEqualTo(lucene("words", text));
    assertThat(PlainAnalysis.stems(words)).as("stems of [%s]", text).isEqualTo(lucene("summary", text));
    return true;
  }

  private static List<String> lucene(String field, String text) {
    return ReaderAnalyzer.terms(LUCENE, field, text);
  }
}
