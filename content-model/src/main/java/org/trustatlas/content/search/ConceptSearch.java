package org.trustatlas.content.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
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
import org.jspecify.annotations.Nullable;
import org.trustatlas.core.model.Atlas;
import org.trustatlas.core.model.Concept;
import org.trustatlas.core.model.ConceptId;

/**
 * Searches the Lucene index of one atlas ({@link SearchIndex}), from many threads. Each concept is
 * one document, so results rank concepts, not files. Labels and aliases weigh most; the summary and the
 * article sentences a concept cites add context; a fuzzy pass forgives one or two typos, but never
 * on a danger word (see {@link Request}): "choking" must not become "coping".
 */
public final class ConceptSearch {

  /** Most hits one query may ask for. */
  public static final int MAX_LIMIT = 50;

  private static final int MAX_QUERY_LENGTH = 500;
  /** Room for concepts a reader may not be shown, beyond those a request asks for. */
  private static final int LEFT_OUT_ROOM = 10;
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
  /**
   * Each indexed term's statistics, looked up in the terms dictionary once instead of by every query
   * that uses it (about a fifth of a search's work). Only terms the pack's own text contains are
   * kept, as in {@link #fuzzyExpansions}; a term the index lacks is looked up again each time.
   */
  private final Map<Term, TermStates> termStates = new ConcurrentHashMap<>();

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
   * What a reader asked, and how danger words in it are treated.
   *
   * @param pinned concepts shown first, in this order, whatever the index says (danger recognised
   *     in the text pins each category's main concept)
   * @param after concepts shown after the index's answer when there is room (the rest of each
   *     recognised category's concepts)
   * @param dangerWord whether a word of the text is a danger word: it is never matched fuzzily
   * @param answered stems of words the pinned concepts already answer: left out of the index search
   * @param shown whether a concept may be shown to this reader at all (the safety gate's say, once
   *     danger is recognised); one that may not is left out wherever it would have come
   */
  public record Request(String text, int limit, List<Concept> pinned, List<Concept> after,
      Predicate<String> dangerWord, Set<String> answered, Predicate<Concept> shown) {

    public Request {
      pinned = pinned.stream().filter(shown).toList();
      after = after.stream().filter(shown).toList();
      answered = Set.copyOf(answered);
    }

    /** A request in which every concept may be shown. */
    public Request(String text, int limit, List<Concept> pinned, List<Concept> after,
        Predicate<String> dangerWord, Set<String> answered) {
      this(text, limit, pinned, after, dangerWord, answered, concept -> true);
    }

    /** A query with nothing pinned and no danger vocabulary. */
    public static Request of(String text, int limit) {
      return new Request(text, limit, List.of(), List.of(), word -> false, Set.of());
    }
  }

  /** Checks a query's text and limit, naming what is wrong. */
  public static void check(@Nullable String query, int limit) {
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
  }

  /**
   * The concepts the query most likely means, best first: pinned ones, then the index's answer
   * without them, at most {@code limit} in all.
   *
   * @throws IllegalArgumentException for a blank query, a query over 500 characters, or a limit
   *     outside 1 to {@value #MAX_LIMIT}
   */
  public List<SearchHit> search(Request request) {
    check(request.text(), request.limit());
    List<String> allTerms = terms("summary", request.text());
    List<String> allWords = terms("words", request.text());
    List<String> terms = new ArrayList<>();
    List<String> words = new ArrayList<>();
    List<Boolean> fuzzy = new ArrayList<>();
    for (int i = 0; i < allTerms.size(); i++) {
      String word = i < allWords.size() ? allWords.get(i) : allTerms.get(i);
      if (!request.answered().contains(allTerms.get(i))) {
        terms.add(allTerms.get(i));
        words.add(word);
        fuzzy.add(!request.dangerWord().test(word));
      }
    }
    List<SearchHit> indexed = terms.isEmpty() ? List.of() : indexed(terms, words, fuzzy, request);
    return pinnedFirst(request, indexed, allTerms);
  }

  // Asks the index for as many more as there are concepts the reader may not be shown, at most, so
  // that leaving them out still fills the limit.
  private List<SearchHit> indexed(List<String> terms, List<String> words, List<Boolean> fuzzy, Request request) {
    try {
      List<SearchHit> hits = new ArrayList<>();
      int asked = request.limit() + request.pinned().size() + LEFT_OUT_ROOM;
      for (ScoreDoc found : searcher.search(query(terms, words, fuzzy), asked).scoreDocs) {
        Concept concept = byDocument[found.doc];
        if (hits.size() < request.limit() && request.shown().test(concept)) {
          hits.add(new SearchHit(concept, found.score, Snippets.of(concept, terms)));
        }
      }
      return hits;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search an in-memory index", e);
    }
  }

  // Pinned concepts score above every indexed hit and the concepts shown after them below every
  // one, so the list stays best first.
  private static List<SearchHit> pinnedFirst(Request request, List<SearchHit> indexed, List<String> stems) {
    float top = indexed.isEmpty() ? 0f : indexed.get(0).score();
    float bottom = indexed.isEmpty() ? 0f : indexed.get(indexed.size() - 1).score();
    List<SearchHit> hits = new ArrayList<>();
    Set<ConceptId> shown = new HashSet<>();
    List<Concept> pinned = request.pinned().stream().distinct().toList();
    for (int i = 0; i < pinned.size() && hits.size() < request.limit(); i++) {
      Concept concept = pinned.get(i);
      hits.add(new SearchHit(concept, top + pinned.size() - i, Snippets.of(concept, stems)));
      shown.add(concept.id());
    }
    for (SearchHit hit : indexed) {
      if (hits.size() < request.limit() && !shown.contains(hit.concept().id())) {
        hits.add(hit);
        shown.add(hit.concept().id());
      }
    }
    List<Concept> after = request.after().stream().filter(c -> !shown.contains(c.id())).distinct().toList();
    for (int i = 0; i < after.size() && hits.size() < request.limit(); i++) {
      Concept concept = after.get(i);
      hits.add(new SearchHit(concept, bottom * (after.size() - i) / (after.size() + 1f), Snippets.of(concept, stems)));
    }
    return List.copyOf(hits);
  }

  /**
   * Per term: the best field wins (dis-max), exact beats fuzzy; a phrase over label or alias adds
   * more. A danger word gets no fuzzy clause.
   */
  private Query query(List<String> terms, List<String> words, List<Boolean> fuzzy) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (int i = 0; i < terms.size(); i++) {
      String term = terms.get(i);
      List<Query> perField = new ArrayList<>();
      FIELDS.forEach((field, boost) -> termQuery(new Term(field, term))
          .ifPresent(query -> perField.add(new BoostQuery(query, boost))));
      if (fuzzy.get(i) && words.get(i).length() >= 4) {
        String word = words.get(i);
        int edits = word.length() >= 7 ? 2 : 1;
        perField.add(new BoostQuery(fuzzy(word, edits), 2f));
      }
      if (!perField.isEmpty()) {
        all.add(new DisjunctionMaxQuery(perField, 0.1f), BooleanClause.Occur.SHOULD);
      }
    }
    if (terms.size() > 1) {
      for (String field : List.of("label", "aliases")) {
        // A phrase can match only where the field has every one of its terms.
        if (terms.stream().allMatch(term -> termStates.containsKey(new Term(field, term)))) {
          all.add(new BoostQuery(new PhraseQuery(1, field, terms.toArray(String[]::new)), 6f),
              BooleanClause.Occur.SHOULD);
        }
      }
    }
    return all.build();
  }

  /**
   * A query for one term with its statistics at hand, or empty when no document has the term: a
   * clause that matches nothing adds nothing to a dis-max or a boolean score, so leaving it out
   * changes no score.
   */
  private Optional<Query> termQuery(Term term) {
    TermStates known = termStates.get(term);
    if (known == null) {
      try {
        TermStates built = TermStates.build(searcher, term, true);
        if (built.docFreq() == 0) {
          return Optional.empty();
        }
        known = termStates.computeIfAbsent(term, t -> built);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot look a term up in an in-memory index", e);
      }
    }
    return Optional.of(new TermQuery(term, known));
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

  /** Whether some field's statistics for {@code stem} are kept (for tests: never for a term the pack lacks). */
  boolean remembersTerm(String stem) {
    return termStates.keySet().stream().anyMatch(term -> term.text().equals(stem));
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
