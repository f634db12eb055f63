package org.trustatlas.content.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class PorterTest {

  /** The suffixes each of Porter's steps looks for, so made-up words reach every branch. */
  private static final List<String> SUFFIXES = List.of("ational", "tional", "enci", "anci", "izer", "bli", "alli",
      "entli", "eli", "ousli", "ization", "ation", "ator", "alism", "iveness", "fulness", "ousness", "aliti",
      "iviti", "biliti", "logi", "icate", "ative", "alize", "iciti", "ical", "ful", "ness", "al", "ance", "ence",
      "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "sion", "tion", "ion", "ou", "ism", "ate", "iti",
      "ous", "ive", "ize", "sses", "ies", "ss", "s", "eed", "ed", "ing", "y", "e", "ll", "at", "bl", "iz", "ly");

  private static final Analyzer LUCENE = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new KeywordTokenizer();
      return new TokenStreamComponents(source, new PorterStemFilter(source));
    }
  };

  @Test
  void stemsEveryWordOfThePackAndTheTestQueriesAsLucenesPorterFilterDoes() throws IOException {
    Set<String> words = new TreeSet<>();
    Matcher word = Pattern.compile("[a-z0-9']+").matcher("");
    for (String text : packTexts()) {
      word.reset(text.toLowerCase(java.util.Locale.ROOT));
      while (word.find()) {
        words.add(word.group());
      }
    }
    assertThat(words).hasSizeGreaterThan(3000);
    for (String each : words) {
      assertThat(Porter.stem(each)).as(each).isEqualTo(lucene(each));
    }
  }

  @Test
  void stemsMadeUpWordsWithEverySuffixPorterKnowsAsLuceneDoes() {
    Random random = new Random(7);
    String letters = "abcdefghijklmnopqrstuvwxyzaeiouyyslt";
    for (int n = 0; n < 60_000; n++) {
      StringBuilder made = new StringBuilder();
      int stem = random.nextInt(7);
      for (int i = 0; i < stem; i++) {
        made.append(letters.charAt(random.nextInt(letters.length())));
      }
      for (int s = random.nextInt(3); s > 0; s--) {
        made.append(SUFFIXES.get(random.nextInt(SUFFIXES.size())));
      }
      if (random.nextInt(20) == 0) {
        made.insert(random.nextInt(made.length() + 1), "0123456789'_".charAt(random.nextInt(12)));
      }
      String each = made.toString();
      if (!each.isEmpty()) {
        assertThat(Porter.stem(each)).as(each).isEqualTo(lucene(each));
      }
    }
  }

  @Test
  void leavesWordsOfOneOrTwoLettersAsTheyAre() {
    for (String each : List.of("a", "is", "as", "ss", "ed", "y", "ly")) {
      assertThat(Porter.stem(each)).isEqualTo(each).isEqualTo(lucene(each));
    }
  }

  @Test
  void meetsTheFormsReadersUse() {
    assertThat(List.of("cheated", "cheating", "cheats", "cheat")).extracting(Porter::stem).containsOnly("cheat");
    assertThat(Porter.stem("counselling")).isEqualTo(Porter.stem("counseling")).isEqualTo("counsel");
    assertThat(Porter.stem("relational")).isEqualTo("relat");
  }

  private static String lucene(String word) {
    try (TokenStream stream = LUCENE.tokenStream("word", word)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      assertThat(stream.incrementToken()).isTrue();
      String stem = term.toString();
      stream.end();
      return stem;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every file of the bundled pack, and every test query. */
  static List<String> packTexts() throws IOException {
    List<String> texts = new ArrayList<>(IndexQueryTest.queries());
    try (Stream<Path> files = Files.walk(Path.of("src/main/resources/org/trustatlas/content/bundled"))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        texts.add(Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return texts;
  }
}
