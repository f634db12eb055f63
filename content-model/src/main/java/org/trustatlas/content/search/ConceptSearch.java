package org.trustatlas.content.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.jspecify.annotations.Nullable;
import org.trustatlas.core.model.Atlas;
import org.trustatlas.core.model.Concept;
import org.trustatlas.core.model.ConceptId;

/**
 * Searches one atlas's index ({@link SearchIndex}), from many threads. Each concept is one document,
 * so results rank concepts, not files. Labels and aliases weigh most; the summary and the article
 * sentences a concept cites add context; a fuzzy pass forgives one or two typos, but never on a
 * danger word (see {@link Request}): "choking" must not become "coping". The index is plain arrays
 * ({@link FlatIndex}) scored as Lucene's BM25 scores it ({@link IndexQuery}): a search opens no
 * Lucene index, and analyses plain ASCII words without Lucene ({@link PlainAnalysis}); Lucene builds
 * the index and analyses any other text.
 */
public final class ConceptSearch {

  /** Most hits one query may ask for. */
  public static final int MAX_LIMIT = 50;

  private static final int MAX_QUERY_LENGTH = 500;
  private static final int MAX_TERMS = 32;
  /** Room for concepts a reader may not be shown, beyond those a request asks for. */
  private static final int LEFT_OUT_ROOM = 10;

  private final IndexQuery query;
  /** The concept of each document, looked up once when the index opens instead of per hit. */
  private final Concept[] byDocument;
  private final Snippets snippets = new Snippets();
  private final Names names;

  private ConceptSearch(Supplier<Atlas> atlas, FlatIndex index) {
    this.query = new IndexQuery(index);
    Atlas pack = atlas.get();
    this.byDocument = new Concept[index.ids.length];
    for (int doc = 0; doc < byDocument.length; doc++) {
      String id = index.ids[doc];
      byDocument[doc] = pack.concept(id).orElseThrow(
          () -> new IllegalStateException("the search index names concept '" + id + "', which the pack lacks"));
    }
    this.names = new Names(byDocument.length);
  }

  /** Indexes every concept of {@code atlas} in memory (see {@link SearchIndex}). */
  public static ConceptSearch index(Atlas atlas) {
    return new ConceptSearch(() -> atlas, SearchIndex.flat(atlas));
  }

  /**
   * Searches the index {@link SearchIndex#bytes} made of an atlas, asking for the atlas only once the
   * index is read and the analysis ready: a first search can read both on two threads at once.
   *
   * @throws IllegalArgumentException when the bytes are cut short or another build's
   */
  public static ConceptSearch open(Supplier<Atlas> atlas, byte[] index) {
    return new ConceptSearch(atlas, FlatIndex.read(index));
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
   * @param namedOnly concepts the index ranks among the rest only when the words name them: the
   *     words of the concept's label or of one of its aliases stand in the text one after another, in
   *     order. Otherwise they come after every other match. With no danger recognised, a word such as "killing" in "the kids are
   *     killing our sex life" or "thought" in "thought marriage would be like the movies" must not
   *     put threats to kill or thoughts of suicide first, while "self harm", "safety plan" or
   *     "domestic violence hotline" still find theirs
   */
  public record Request(String text, int limit, List<Concept> pinned, List<Concept> after,
      Predicate<String> dangerWord, Set<String> answered, Predicate<Concept> shown, Predicate<Concept> namedOnly) {

    public Request {
      pinned = pinned.stream().filter(shown).toList();
      after = after.stream().filter(shown).toList();
      answered = Set.copyOf(answered);
    }

    /** A request in which every concept ranks on its score alone. */
    public Request(String text, int limit, List<Concept> pinned, List<Concept> after,
        Predicate<String> dangerWord, Set<String> answered, Predicate<Concept> shown) {
      this(text, limit, pinned, after, dangerWord, answered, shown, concept -> false);
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
    List<List<String>> analysed = analysed(request.text());
    List<String> allTerms = analysed.get(0);
    List<String> allWords = analysed.get(1);
    List<String> terms = new ArrayList<>();
    List<String> words = new ArrayList<>();
    List<Boolean> fuzzy = new ArrayList<>();
    for (int i = 0; i < allTerms.size(); i++) {
      String word = allWords.get(i);
      if (!request.answered().contains(allTerms.get(i))) {
        terms.add(allTerms.get(i));
        words.add(word);
        fuzzy.add(!request.dangerWord().test(word));
      }
    }
    List<SearchHit> indexed = terms.isEmpty() ? List.of() : indexed(terms, words, fuzzy, request);
    return pinnedFirst(request, indexed, allTerms);
  }

  // Asks the index for room beyond the limit for the concepts the reader may not be shown, so that
  // leaving them out usually still fills the limit.
  private List<SearchHit> indexed(List<String> terms, List<String> words, List<Boolean> fuzzy, Request request) {
    int asked = request.limit() + request.pinned().size() + LEFT_OUT_ROOM;
    List<IndexQuery.Scored> found = query.top(terms, words, fuzzy, asked);
    Indexed indexed = indexed(found, terms, request);
    // Concepts set below the rest, or concepts this reader may not be shown, may have filled the
    // room kept for others: a danger block can hide more than the room kept, and one more alias word
    // on a hidden concept must not push a shown one (safety planning after "need to get out tonight")
    // off the list. Then the whole ranking is asked for, once: asking for ten more at a time scored
    // every document again per ten, as often as a large pack's matches allowed.
    if (indexed.complete() || found.size() < asked || asked >= byDocument.length) {
      return indexed.hits();
    }
    return indexed(query.top(terms, words, fuzzy, byDocument.length), terms, request).hits();
  }

  /** The hits made of one answer of the index, and whether the concepts ranked first filled the limit. */
  private record Indexed(List<SearchHit> hits, boolean complete) {}

  private Indexed indexed(List<IndexQuery.Scored> answer, List<String> terms, Request request) {
    List<SearchHit> hits = new ArrayList<>();
    List<IndexQuery.Scored> unnamed = new ArrayList<>();
    List<String> said = null;
    for (IndexQuery.Scored found : answer) {
      Concept concept = byDocument[found.doc()];
      if (hits.size() < request.limit() && request.shown().test(concept)) {
        boolean namedOnly = request.namedOnly().test(concept);
        said = namedOnly && said == null ? Names.stems(request.text()) : said;
        if (namedOnly && !names.named(found.doc(), concept, said)) {
          unnamed.add(found);
        } else {
          hits.add(new SearchHit(concept, found.score(), snippets.of(concept, terms)));
        }
      }
    }
    boolean complete = hits.size() == request.limit();
    // Below every other match, each scored just under the last one before it, so the list stays best first.
    for (int i = 0; i < unnamed.size() && hits.size() < request.limit(); i++) {
      Concept concept = byDocument[unnamed.get(i).doc()];
      float below = hits.isEmpty() ? unnamed.get(i).score() : Math.nextDown(hits.get(hits.size() - 1).score());
      hits.add(new SearchHit(concept, Math.min(below, unnamed.get(i).score()), snippets.of(concept, terms)));
    }
    return new Indexed(hits, complete);
  }

  // Pinned concepts score above every indexed hit and the concepts shown after them below every
  // one, so the list stays best first.
  private List<SearchHit> pinnedFirst(Request request, List<SearchHit> indexed, List<String> stems) {
    float top = indexed.isEmpty() ? 0f : indexed.get(0).score();
    float bottom = indexed.isEmpty() ? 0f : indexed.get(indexed.size() - 1).score();
    List<SearchHit> hits = new ArrayList<>();
    Set<ConceptId> shown = new HashSet<>();
    List<Concept> pinned = request.pinned().stream().distinct().toList();
    for (int i = 0; i < pinned.size() && hits.size() < request.limit(); i++) {
      Concept concept = pinned.get(i);
      hits.add(new SearchHit(concept, top + pinned.size() - i, snippets.of(concept, stems)));
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
      hits.add(new SearchHit(concept, bottom * (after.size() - i) / (after.size() + 1f), snippets.of(concept, stems)));
    }
    return List.copyOf(hits);
  }

  /**
   * The query's stems and its words as typed, one for one, as search analyses {@code text}: by
   * {@link PlainAnalysis} when the text is plain ASCII, by Lucene otherwise, to the same words.
   */
  List<List<String>> analysed(String text) {
    List<String> plain = PlainAnalysis.words(text);
    if (plain != null) {
      List<String> words = firstTerms(plain);
      return List.of(PlainAnalysis.stems(words), words);
    }
    List<String> terms = terms("summary", text);
    List<String> words = terms("words", text);
    List<String> typed = new ArrayList<>();
    for (int i = 0; i < terms.size(); i++) {
      typed.add(i < words.size() ? words.get(i) : terms.get(i));
    }
    return List.of(terms, typed);
  }

  /** The index's own ranking of the analysed words, before anything is pinned or left out (for tests). */
  List<IndexQuery.Scored> ranked(List<String> terms, List<String> words, List<Boolean> fuzzy, int limit) {
    return query.top(terms, words, fuzzy, limit);
  }

  /** Whether the fuzzy expansion of {@code word} is kept (for tests: never for a word the pack lacks). */
  boolean remembers(String word) {
    return query.remembers(word);
  }

  /** The query's tokens as Lucene analyses {@code field}; stems and raw words line up one to one. */
  private static List<String> terms(String field, String text) {
    return firstTerms(ReaderAnalyzer.terms(Lucene.ANALYZER, field, text));
  }

  /** A query's first {@value #MAX_TERMS} terms: a longer text asks nothing more of the index. */
  private static List<String> firstTerms(List<String> terms) {
    return List.copyOf(terms.subList(0, Math.min(terms.size(), MAX_TERMS)));
  }

  /** Lucene's analysis, started only by a query that is not plain ASCII. */
  private static final class Lucene {
    static final Analyzer ANALYZER = ReaderAnalyzer.perField();
  }
}
