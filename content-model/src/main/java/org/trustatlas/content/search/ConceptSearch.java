package org.trustatlas.content.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.trustatlas.core.model.Atlas;
import org.trustatlas.core.model.Concept;

/**
 * Searches the Lucene index of one atlas ({@link SearchIndex}), from many threads. Each concept is
 * one document, so results rank concepts, not files. Labels and aliases weigh most; the summary and the
 * article sentences a concept cites add context; a fuzzy pass forgives one or two typos.
 */
public final class ConceptSearch {

  /** Most hits one query may ask for. */
  public static final int MAX_LIMIT = 50;

  private static final int MAX_QUERY_LENGTH = 500;
  private static final Map<String, Float> FIELDS =
      Map.of("label", 5f, "aliases", 4f, "summary", 1f, "sentences", 0.5f);

  private final Atlas atlas;
  private final Analyzer analyzer = ReaderAnalyzer.perField();
  private final IndexSearcher searcher;
  /** The concept of each document, read once when the index opens instead of per hit. */
  private final Concept[] byDocument;
  /** The words of the pack's own names ("words" field): the only words whose fuzzy expansion is kept. */
  private final Set<String> vocabulary;
  /**
   * The fuzzy expansion of each vocabulary word a query used, as Lucene rewrites it against this
   * index: building a Levenshtein automaton per word was half of a search's work. Keyed by pack words
   * only, so it never holds a word a reader typed that the pack does not already contain.
   */
  private final Map<String, Query> fuzzyExpansions = new ConcurrentHashMap<>();

  private ConceptSearch(Atlas atlas, IndexSearcher searcher) throws IOException {
    this.atlas = atlas;
    this.searcher = searcher;
    this.byDocument = SearchIndex.concepts(atlas, searcher.getIndexReader());
    this.vocabulary = SearchIndex.terms(searcher.getIndexReader(), "words");
  }

  /** Indexes every concept of {@code atlas} in memory (see {@link SearchIndex}). */
  public static ConceptSearch index(Atlas atlas) {
    return open(atlas, SearchIndex.build(atlas));
  }

  /** Searches the index whose files {@link SearchIndex#files} made of {@code atlas}, read-only. */
  public static ConceptSearch open(Atlas atlas, Map<String, byte[]> indexFiles) {
    return open(atlas, SearchIndex.directory(indexFiles));
  }

  private static ConceptSearch open(Atlas atlas, Directory index) {
    try {
      return new ConceptSearch(atlas, new IndexSearcher(DirectoryReader.open(index)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the search index of pack '" + atlas.pack().id() + "'", e);
    }
  }

  /**
   * The concepts {@code query} most likely means, best first.
   *
   * @throws IllegalArgumentException for a blank query, a query over 500 characters, or a limit
   *     outside 1 to {@value #MAX_LIMIT}
   */
  public SearchResults search(String query, int limit) {
    if (query == null || query.isBlank()) {
      throw new IllegalArgumentException("the search query must not be blank");
    }
    if (query.length() > MAX_QUERY_LENGTH) {
      throw new IllegalArgumentException("the search query is " + query.length() + " characters; at most "
          + MAX_QUERY_LENGTH + " are allowed");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit " + limit + " must be between 1 and " + MAX_LIMIT);
    }
    List<String> terms = terms("summary", query);
    List<String> words = terms("words", query);
    if (terms.isEmpty()) {
      return new SearchResults(query, List.of());
    }
    try {
      List<SearchHit> hits = new ArrayList<>();
      for (ScoreDoc found : searcher.search(query(terms, words), limit).scoreDocs) {
        Concept concept = byDocument[found.doc];
        hits.add(new SearchHit(concept, found.score, Snippets.of(concept, terms)));
      }
      return new SearchResults(query, hits);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search an in-memory index", e);
    }
  }

  /** Per term: the best field wins (dis-max), exact beats fuzzy; a phrase over label or alias adds more. */
  private Query query(List<String> terms, List<String> words) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (int i = 0; i < terms.size(); i++) {
      String term = terms.get(i);
      List<Query> perField = new ArrayList<>();
      FIELDS.forEach((field, boost) -> perField.add(new BoostQuery(new TermQuery(new Term(field, term)), boost)));
      if (i < words.size() && words.get(i).length() >= 4) {
        String word = words.get(i);
        int edits = word.length() >= 7 ? 2 : 1;
        perField.add(new BoostQuery(fuzzy(word, edits), 2f));
      }
      all.add(new DisjunctionMaxQuery(perField, 0.1f), BooleanClause.Occur.SHOULD);
    }
    if (terms.size() > 1) {
      for (String field : List.of("label", "aliases")) {
        all.add(new BoostQuery(new PhraseQuery(1, field, terms.toArray(String[]::new)), 6f),
            BooleanClause.Occur.SHOULD);
      }
    }
    return all.build();
  }

  /** A fuzzy match of {@code word}, rewritten once per pack word (see {@link #fuzzyExpansions}). */
  private Query fuzzy(String word, int edits) {
    FuzzyQuery query = new FuzzyQuery(new Term("words", word), edits, 1);
    if (!vocabulary.contains(word)) {
      return query;
    }
    return fuzzyExpansions.computeIfAbsent(word, w -> {
      try {
        return searcher.rewrite(query);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot expand a fuzzy query in memory", e);
      }
    });
  }

  /** Whether the fuzzy expansion of {@code word} is kept (for tests: never for a word the pack lacks). */
  boolean remembers(String word) {
    return fuzzyExpansions.containsKey(word);
  }

  /** The query's tokens as {@code field} analyses them; stems and raw words line up one to one. */
  private List<String> terms(String field, String text) {
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
    return List.copyOf(terms.subList(0, Math.min(terms.size(), 32)));
  }
}
