package org.trustatlas.content.search;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.trustatlas.core.internal.Invisible;

/**
 * English analysis for how readers write: possessives dropped, accents folded, apostrophes left
 * out ("can't" is "cant", as readers often write it), Porter stems (so
 * "cheated", "cheating" and "cheat" meet, and "counselling" meets "counseling"), and the pronouns
 * of a first-person question treated as stop words, since "my", "he" and "me" say nothing about
 * which concept is meant. Plain ASCII text takes {@link PlainAnalysis}, which gives the same words
 * without starting Lucene.
 */
final class ReaderAnalyzer extends Analyzer {

  private static final CharArraySet STOP_WORDS = stopWords();
  /**
   * Apostrophes left inside a word once a possessive is gone: readers write "cant", "dont" and "im"
   * as often as "can't", "don't" and "i'm", and the pack's names use both, so both meet as "cant".
   */
  private static final Pattern APOSTROPHE = Pattern.compile("'");

  private final boolean stem;

  /** @param stem false for the field that matches a reader's typos against unstemmed names */
  ReaderAnalyzer(boolean stem) {
    this.stem = stem;
  }

  /**
   * The analyzer of the index and of queries alike: stemmed everywhere but "words", the names
   * unstemmed, for typo-tolerant matching.
   */
  static Analyzer perField() {
    return new PerFieldAnalyzerWrapper(new ReaderAnalyzer(true), Map.of("words", new ReaderAnalyzer(false)));
  }

  private static CharArraySet stopWords() {
    return CharArraySet.unmodifiableSet(new CharArraySet(PlainAnalysis.STOP_WORDS, true));
  }

  /** The terms {@code analyzer} makes of {@code text} as {@code field}, in order. */
  static List<String> terms(Analyzer analyzer, String field, String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream result = new EnglishPossessiveFilter(source);
    result = new LowerCaseFilter(result);
    result = new ASCIIFoldingFilter(result);
    result = new PatternReplaceFilter(result, APOSTROPHE, "", true);
    result = new StopFilter(result, STOP_WORDS);
    if (stem) {
      result = new PorterStemFilter(result);
    }
    return new TokenStreamComponents(source, result);
  }

  /**
   * Characters that are there but not seen are read before the words are found, as {@link
   * Invisible} reads them for the danger vocabulary too: a zero-width space parts words, as Unicode's
   * word boundaries have it ("my\u200Bpartner\u200Bcheated" is three words), and a soft hyphen, a
   * joiner or a direction mark goes ("infi\u00ADdelity" is "infidelity", not "infi" and "delity").
   */
  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new PatternReplaceCharFilter(Invisible.DROPPED, "",
        new PatternReplaceCharFilter(Invisible.SEPARATORS, " ", reader));
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }
}
