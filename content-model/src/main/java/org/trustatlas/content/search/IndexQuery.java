package org.trustatlas.content.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.util.SmallFloat;
import org.trustatlas.content.search.FlatIndex.Field;
import org.trustatlas.content.search.FlatIndex.Postings;

/**
 * The query search runs, scored over a {@link FlatIndex} exactly as Lucene 9's BM25 (k1 1.2, b 0.75)
 * scores the same query over the index it came from: per term, the best of its field matches (label
 * ×5, aliases ×4, summary ×1, article sentences ×0.5, and a fuzzy match of the word as typed against
 * the names' words ×2) plus a tenth of the others; the terms' scores added; a phrase of every term in
 * the label or an alias, one word of slack, ×6. Floating-point steps follow Lucene's, so ranks and
 * scores are Lucene's own; {@code IndexQueryTest} holds that against Lucene for every test query.
 * Thread-safe.
 */
final class IndexQuery {

  private static final float K1 = 1.2f;
  private static final float B = 0.75f;
  private static final float TIE_BREAKER = 0.1f;
  private static final float FUZZY_BOOST = 2f;
  private static final float PHRASE_BOOST = 6f;
  private static final int PHRASE_SLOP = 1;
  private static final int MAX_EXPANSIONS = 50;
  /** Where a term is looked for, with its weight, in the order its clauses are built. */
  private static final List<String> NAMED = List.of("label", "aliases", "summary", "sentences");
  private static final float[] BOOSTS = {5f, 4f, 1f, 0.5f};
  private static final float[] LENGTH_TABLE = lengths();

  /** One word of the names that a typed word may stand for, and how near it is. */
  record Expansion(String term, float boost) {}

  /** A document and its score. */
  record Scored(int doc, float score) {}

  private final FlatIndex index;
  private final Map<String, float[]> normInverses = new java.util.HashMap<>();
  private final String[] vocabulary;
  /** Each vocabulary word's code points, by the same index. */
  private final int[][] codePoints;
  private final Set<String> known;
  /**
   * The fuzzy expansion of each vocabulary word a query used. Keyed by pack words only, so it never
   * holds a word a reader typed that the pack does not already contain.
   */
  private final Map<String, List<Expansion>> expansions = new ConcurrentHashMap<>();

  IndexQuery(FlatIndex index) {
    this.index = index;
    for (Map.Entry<String, Field> field : index.fields.entrySet()) {
      normInverses.put(field.getKey(), normInverse(field.getValue()));
    }
    this.vocabulary = index.fields.get("words").terms.keySet().toArray(String[]::new);
    Arrays.sort(vocabulary, IndexQuery::byCodePoint);
    this.codePoints = new int[vocabulary.length][];
    for (int i = 0; i < vocabulary.length; i++) {
      codePoints[i] = codePoints(vocabulary[i]);
    }
    this.known = Set.of(vocabulary);
  }

  private static float[] lengths() {
    float[] table = new float[256];
    for (int i = 0; i < 256; i++) {
      table[i] = SmallFloat.byte4ToInt((byte) i);
    }
    return table;
  }

  // BM25's 1 / (k1 (1 - b + b dl / avgdl)) for each encoded length, as Lucene caches it per field.
  private static float[] normInverse(Field field) {
    float avgdl = (float) (field.sumTotalTermFreq / (double) field.docCount);
    float[] cache = new float[256];
    for (int i = 0; i < cache.length; i++) {
      cache[i] = 1f / (K1 * ((1 - B) + B * LENGTH_TABLE[i] / avgdl));
    }
    return cache;
  }

  private static float idf(long docFreq, long docCount) {
    return (float) Math.log(1 + (docCount - docFreq + 0.5D) / (docFreq + 0.5D));
  }

  /** Whether the expansion of {@code word} is kept (for tests: never for a word the pack lacks). */
  boolean remembers(String word) {
    return expansions.containsKey(word);
  }

  /**
   * The best {@code limit} documents for the analysed terms, best first, ties in document order.
   *
   * @param terms the stems, one per word
   * @param words the words as typed (lower-cased, folded), one per stem
   * @param fuzzy per word, whether it may be matched loosely
   */
  List<Scored> top(List<String> terms, List<String> words, List<Boolean> fuzzy, int limit) {
    int size = index.ids.length;
    double[] total = new double[size];
    boolean[] matched = new boolean[size];
    float[] max = new float[size];
    double[] others = new double[size];
    boolean[] seen = new boolean[size];
    List<Integer> touched = new ArrayList<>();
    // A term given k times is one clause weighted k, as Lucene merges equal clauses: its weights are
    // the boosts times k, which rounds as Lucene rounds it, not as k sums would.
    Map<String, Integer> times = new java.util.LinkedHashMap<>();
    Map<String, Integer> first = new java.util.HashMap<>();
    for (int i = 0; i < terms.size(); i++) {
      String word = words.get(i);
      String key = terms.get(i) + '\u0000' + (fuzzy.get(i) && word.length() >= 4 ? word : "");
      times.merge(key, 1, Integer::sum);
      first.putIfAbsent(key, i);
    }
    for (Map.Entry<String, Integer> clause : times.entrySet()) {
      int i = first.get(clause.getKey());
      float k = clause.getValue();
      touched.clear();
      for (int f = 0; f < NAMED.size(); f++) {
        String name = NAMED.get(f);
        Field field = index.fields.get(name);
        Postings postings = field.terms.get(terms.get(i));
        if (postings != null) {
          float weight = BOOSTS[f] * k * idf(postings.docFreq(), field.docCount);
          float[] inverse = normInverses.get(name);
          for (int p = 0; p < postings.docs.length; p++) {
            int doc = postings.docs[p];
            disjunct(doc, score(weight, postings.freqs[p], inverse, field.norm(doc)), max, others, seen, touched);
          }
        }
      }
      String word = words.get(i);
      if (fuzzy.get(i) && word.length() >= 4) {
        fuzzyScores(expansions(word, word.length() >= 7 ? 2 : 1), k, max, others, seen, touched);
      }
      for (int doc : touched) {
        total[doc] += (float) (max[doc] + others[doc] * TIE_BREAKER);
        matched[doc] = true;
        seen[doc] = false;
        max[doc] = 0f;
        others[doc] = 0;
      }
    }
    if (terms.size() > 1 && new HashSet<>(terms).size() == terms.size()) {
      for (String name : List.of("label", "aliases")) {
        phrase(name, terms, total, matched);
      }
    }
    long[] ranked = new long[size];
    int found = 0;
    for (int doc = 0; doc < size; doc++) {
      if (matched[doc]) {
        ranked[found++] = rankKey((float) total[doc], doc);
      }
    }
    Scored[] best = new Scored[bestFirst(ranked, found, limit)];
    for (int i = 0; i < best.length; i++) {
      best[i] = new Scored((int) ranked[i], rankedScore(ranked[i]));
    }
    return List.of(best);
  }

  /**
   * Puts the {@code limit} smallest of the first {@code found} keys, in order, at the start of
   * {@code keys}, and says how many there are. Everyday words ("partner", "trust") match much of the pack
   * and a search asks for a dozen or so: sorting every match was a sixth of the ranking's time.
   */
  static int bestFirst(long[] keys, int found, int limit) {
    int kept = Math.max(0, Math.min(limit, found));
    if (kept == 0 || found <= 2 * kept) {
      Arrays.sort(keys, 0, found);
      return kept;
    }
    Arrays.sort(keys, 0, kept);
    for (int i = kept; i < found; i++) {
      long key = keys[i];
      if (key < keys[kept - 1]) {
        int at = Arrays.binarySearch(keys, 0, kept - 1, key);
        at = at < 0 ? -at - 1 : at;
        System.arraycopy(keys, at, keys, at + 1, kept - 1 - at);
        keys[at] = key;
      }
    }
    return kept;
  }

  // Best first, ties in document order, as one primitive sort: the score's bits made to order as the
  // scores do (negative ones too), inverted, above the document. A sort of records by a composed
  // comparator was a fifth of a warm search.
  private static long rankKey(float score, int doc) {
    int bits = Float.floatToIntBits(score);
    int ordered = bits ^ ((bits >> 31) & Integer.MAX_VALUE);
    return ((long) ~ordered << 32) | doc;
  }

  private static float rankedScore(long rankKey) {
    int ordered = ~(int) (rankKey >> 32);
    return Float.intBitsToFloat(ordered ^ ((ordered >> 31) & Integer.MAX_VALUE));
  }

  // BM25 as Lucene writes it, for a term's frequency or a phrase's sloppy one.
  private static float score(float weight, float freq, float[] normInverse, long norm) {
    return weight - weight / (1f + freq * normInverse[((byte) norm) & 0xFF]);
  }

  // One disjunct's score for a document: the best so far, and the sum of the rest.
  private static void disjunct(int doc, float score, float[] max, double[] others, boolean[] seen,
      List<Integer> touched) {
    if (!seen[doc]) {
      seen[doc] = true;
      touched.add(doc);
    }
    if (score >= max[doc]) {
      others[doc] += max[doc];
      max[doc] = score;
    } else {
      others[doc] += score;
    }
  }

  // The expansions score as one disjunct: each with the largest document frequency among them.
  private void fuzzyScores(List<Expansion> expanded, float k, float[] max, double[] others, boolean[] seen,
      List<Integer> touched) {
    if (expanded.isEmpty()) {
      return;
    }
    Field field = index.fields.get("words");
    float[] inverse = normInverses.get("words");
    int docFreq = 0;
    for (Expansion expansion : expanded) {
      docFreq = Math.max(docFreq, field.terms.get(expansion.term()).docFreq());
    }
    float idf = idf(docFreq, field.docCount);
    Map<Integer, Double> sums = new java.util.TreeMap<>();
    for (Expansion expansion : expanded) {
      Postings postings = field.terms.get(expansion.term());
      // One expansion folds its boost into the fuzzy boost before the clause's weight; several are a
      // group under it, each taking the group's boost (Lucene's rewrite, in its order).
      float weight = expanded.size() == 1 ? FUZZY_BOOST * expansion.boost() * k * idf
          : expansion.boost() * (FUZZY_BOOST * k) * idf;
      for (int p = 0; p < postings.docs.length; p++) {
        int doc = postings.docs[p];
        sums.merge(doc, (double) score(weight, postings.freqs[p], inverse, field.norm(doc)), Double::sum);
      }
    }
    sums.forEach((doc, sum) -> disjunct(doc, (float) (double) sum, max, others, seen, touched));
  }

  /**
   * The names' words within {@code edits} edits of {@code word} (an adjacent swap is one edit), the
   * first letter kept: at most 50, nearest first, each weighted by how near it is.
   */
  List<Expansion> expansions(String word, int edits) {
    if (!known.contains(word)) {
      return expand(word, edits);
    }
    return expansions.computeIfAbsent(word, w -> expand(w, edits));
  }

  private List<Expansion> expand(String word, int edits) {
    int[] typed = codePoints(word);
    List<Expansion> found = new ArrayList<>();
    for (int v = 0; v < vocabulary.length; v++) {
      String term = vocabulary[v];
      int[] candidate = codePoints[v];
      if (candidate.length == 0 || candidate[0] != typed[0] || Math.abs(candidate.length - typed.length) > edits) {
        continue;
      }
      int distance = distance(typed, candidate, edits);
      if (distance <= edits) {
        float boost = distance == 0 ? 1.0f
            : 1.0f - (float) distance / (float) Math.min(candidate.length, typed.length);
        found.add(new Expansion(term, Math.max(0.0f, boost)));
      }
    }
    // Nearest first, then in term order; Lucene keeps the 50 best and scores them in term order.
    found.sort(Comparator.comparingDouble((Expansion e) -> e.boost()).reversed()
        .thenComparing(Expansion::term, IndexQuery::byCodePoint));
    List<Expansion> kept = new ArrayList<>(found.subList(0, Math.min(MAX_EXPANSIONS, found.size())));
    kept.sort(Comparator.comparing(Expansion::term, IndexQuery::byCodePoint));
    return List.copyOf(kept);
  }

  // The edit distance after the first letter, with an adjacent swap as one edit (optimal string
  // alignment); anything over the limit is reported as limit + 1.
  private static int distance(int[] a, int[] b, int limit) {
    int n = a.length - 1;
    int m = b.length - 1;
    int[][] d = new int[n + 1][m + 1];
    for (int i = 0; i <= n; i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= m; j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= n; i++) {
      int best = Integer.MAX_VALUE;
      for (int j = 1; j <= m; j++) {
        int cost = a[i] == b[j] ? 0 : 1;
        int value = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a[i] == b[j - 1] && a[i - 1] == b[j]) {
          value = Math.min(value, d[i - 2][j - 2] + 1);
        }
        d[i][j] = value;
        best = Math.min(best, value);
      }
      if (m > 0 && best > limit) {
        return limit + 1;
      }
    }
    return d[n][m];
  }

  // A plain loop: streams cost a cold start more than the work they do here.
  private static int[] codePoints(String word) {
    int[] points = new int[word.codePointCount(0, word.length())];
    for (int i = 0, at = 0; i < points.length; i++) {
      points[i] = word.codePointAt(at);
      at += Character.charCount(points[i]);
    }
    return points;
  }

  // Lucene orders terms by their UTF-8 bytes, which is code point order; String.compareTo is not,
  // past the surrogates.
  private static int byCodePoint(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int x = a.codePointAt(i);
      int y = b.codePointAt(j);
      if (x != y) {
        return Integer.compare(x, y);
      }
      i += Character.charCount(x);
      j += Character.charCount(y);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  // Every term in the field within one word of slack, in order, as Lucene's sloppy phrase scores it.
  private void phrase(String name, List<String> terms, double[] total, boolean[] matched) {
    Field field = index.fields.get(name);
    Postings[] postings = new Postings[terms.size()];
    double idfs = 0d;
    for (int i = 0; i < postings.length; i++) {
      postings[i] = field.terms.get(terms.get(i));
      if (postings[i] == null) {
        return;
      }
      idfs += idf(postings[i].docFreq(), field.docCount);
    }
    float weight = PHRASE_BOOST * (float) idfs;
    float[] inverse = normInverses.get(name);
    int[] at = new int[postings.length];
    for (int doc : postings[0].docs) {
      boolean all = true;
      for (int i = 0; i < postings.length && all; i++) {
        at[i] = Arrays.binarySearch(postings[i].docs, doc);
        all = at[i] >= 0;
      }
      if (all) {
        int[][] positions = new int[postings.length][];
        for (int i = 0; i < postings.length; i++) {
          positions[i] = postings[i].positions[at[i]];
        }
        float freq = new SloppyPhrase(positions, PHRASE_SLOP).freq();
        if (freq > 0) {
          total[doc] += score(weight, freq, inverse, field.norm(doc));
          matched[doc] = true;
        }
      }
    }
  }

  /**
   * Lucene's sloppy phrase matching for a phrase without repeated terms, one document: each match
   * within the slop adds 1 / (1 + its length).
   */
  private static final class SloppyPhrase {
    private final int slop;
    private final int[][] positions;
    private final int[] position;
    private final int[] next;
    private final List<Integer> queue = new ArrayList<>();
    private int end = Integer.MIN_VALUE;
    private boolean positioned = true;
    private int matchLength;

    SloppyPhrase(int[][] positions, int slop) {
      this.slop = slop;
      this.positions = positions;
      this.position = new int[positions.length];
      this.next = new int[positions.length];
      for (int i = 0; i < positions.length; i++) {
        position[i] = positions[i][0] - i;
        next[i] = 1;
        end = Math.max(end, position[i]);
        queue.add(i);
      }
    }

    float freq() {
      float freq = 0;
      while (nextMatch()) {
        freq += 1f / (1f + matchLength);
      }
      return freq;
    }

    // Where in the queue the least is, by position, then by offset in the phrase (which is also the
    // term's order here).
    private int least() {
      int least = 0;
      for (int i = 1; i < queue.size(); i++) {
        int pp = queue.get(i);
        int best = queue.get(least);
        if (position[pp] < position[best] || position[pp] == position[best] && pp < best) {
          least = i;
        }
      }
      return least;
    }

    private int pop() {
      return queue.remove(least());
    }

    private int top() {
      return position[queue.get(least())];
    }

    private boolean advance(int pp) {
      if (next[pp] >= positions[pp].length) {
        return false;
      }
      position[pp] = positions[pp][next[pp]++] - pp;
      end = Math.max(end, position[pp]);
      return true;
    }

    private boolean nextMatch() {
      if (!positioned) {
        return false;
      }
      int pp = pop();
      matchLength = end - position[pp];
      int least = top();
      while (advance(pp)) {
        if (position[pp] > least) {
          queue.add(pp);
          if (matchLength <= slop) {
            return true;
          }
          pp = pop();
          least = top();
          matchLength = end - position[pp];
        } else {
          matchLength = Math.min(matchLength, end - position[pp]);
        }
      }
      positioned = false;
      return matchLength <= slop;
    }
  }
}
