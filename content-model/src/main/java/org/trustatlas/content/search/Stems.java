package org.trustatlas.content.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
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
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

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

  private static final CharArraySet KEPT_WHOLE =
      CharArraySet.unmodifiableSet(new CharArraySet(Set.of("abusive", "abuser", "abusers"), false));

  private static final Analyzer ANALYZER = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new WhitespaceTokenizer();
      TokenStream result = new PorterStemFilter(
          new SetKeywordMarkerFilter(new ASCIIFoldingFilter(new LowerCaseFilter(source)), KEPT_WHOLE));
      return new TokenStreamComponents(source, result);
    }
  };

  private Stems() {}

  /** The stem of each word, one for one; {@code words} are single words without spaces. */
  public static List<String> of(List<String> words) {
    List<String> stems = new ArrayList<>(words.size());
    try (TokenStream stream = ANALYZER.tokenStream("words", String.join(" ", words))) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        stems.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(stems);
  }

  /** The stem of one word. */
  public static String of(String word) {
    List<String> stems = of(List.of(word));
    return stems.isEmpty() ? word : stems.get(0);
  }
}
