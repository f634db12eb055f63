package org.trustatlas.content.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.util.CharTokenizer;

/**
 * The stems search gives words, for matching a reader's words outside the index (the danger
 * vocabulary): the same Porter stemmer the index uses, so "chokes", "choked" and "choking" meet,
 * with no word dropped and none added. Thread-safe.
 *
 * <p>A few words keep their own form, where Porter would make a survivor's words into someone
 * else's: "abusive" and "abuser" both stem to "abus", as "abused" does, so "i was abused" would read
 * as "i was abusive".
 */
public final class Stems {

  private static final Set<String> KEPT = Set.of("abusive", "abuser", "abusers");

  private Stems() {}

  /**
   * Longest word stemmed: the tokenizer cuts a longer one in two, which would put every later stem
   * against the wrong word. No word of the vocabulary comes near it; a longer one is kept as written.
   */
  static final int LONGEST = CharTokenizer.DEFAULT_MAX_WORD_LEN;

  /**
   * The stem of each word, one for one; {@code words} are single words without spaces. A word of
   * printable ASCII is stemmed here ({@link Porter}); any other goes through Lucene's analysis.
   */
  public static List<String> of(List<String> words) {
    List<String> stemmed = new ArrayList<>(words.size());
    for (String word : words) {
      stemmed.add(word.length() > LONGEST ? word : isPlain(word) ? plain(word) : analysed(word));
    }
    return List.copyOf(stemmed);
  }

  private static boolean isPlain(String word) {
    if (word.isEmpty()) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c <= ' ' || c >= 0x7f) {
        return false;
      }
    }
    return true;
  }

  // What the analyzer below does to a word of printable ASCII: lower-cased, then stemmed unless kept whole.
  private static String plain(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return KEPT.contains(lower) ? lower : Porter.stem(lower);
  }

  // Lucene's stem of a word that is not printable ASCII; it must analyse to exactly one term.
  private static String analysed(String word) {
    List<String> stems = ReaderAnalyzer.terms(Lucene.ANALYZER, "words", word);
    if (stems.size() != 1) {
      throw new IllegalArgumentException("'" + word + "' gave " + stems.size() + " stems; each must be one word");
    }
    return stems.get(0);
  }

  /** The stem of one word. */
  public static String of(String word) {
    List<String> stems = of(List.of(word));
    return stems.isEmpty() ? word : stems.get(0);
  }

  /** Lucene's analysis, started only by a word that is not plain ASCII. */
  private static final class Lucene {
    private static final CharArraySet KEPT_WHOLE = CharArraySet.unmodifiableSet(new CharArraySet(KEPT, false));

    static final Analyzer ANALYZER = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new WhitespaceTokenizer();
        TokenStream result = new PorterStemFilter(
            new SetKeywordMarkerFilter(new ASCIIFoldingFilter(new LowerCaseFilter(source)), KEPT_WHOLE));
        return new TokenStreamComponents(source, result);
      }
    };
  }
}
