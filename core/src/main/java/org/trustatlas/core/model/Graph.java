package org.trustatlas.core.model;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.RandomAccess;

/**
 * The concepts and relations of an atlas as int-indexed arrays: concept ids to positions in one
 * open-addressing table, each relation's ends as positions, and edges per concept as compressed rows
 * (one offsets array, one relations array, per direction, in the order the relations were given).
 * Building it touches each concept and relation a fixed number of times and allocates no object per
 * entry, so time and memory grow linearly, from a pack of a hundred concepts to a million. Rules and
 * queries both read it, so ids are resolved once.
 */
final class Graph {

  /** Marks a relation end whose id names no concept. */
  static final int UNKNOWN = -1;

  private static final ConceptKind[] CONCEPT_KINDS = ConceptKind.values();
  private static final RelationKind[] RELATION_KINDS = RelationKind.values();
  /**
   * Relations resolved at a time: their target ids are read in one pass, their first table slots in
   * the next, so the memory reads of a block's relations overlap instead of waiting on one another.
   */
  private static final int BLOCK = 64;

  final Concept[] concepts;
  /**
   * Each concept's kind (its ordinal), by position: rules read it per relation end without touching
   * the concept. Kinds are kept as bytes, not references, because on a large pack these arrays are
   * allocated straight into the old generation, where every reference stored pays G1's write barrier.
   */
  private final byte[] kinds;
  final List<Relation> relations;
  /** Each relation's kind (its ordinal), by position, for the same reason. */
  private final byte[] relationKinds;
  /** Positions of concepts whose id an earlier concept already has. */
  final BitSet duplicates = new BitSet();
  final int[] from;
  final int[] to;
  final int[] outStart;
  final int[] out;
  final int[] inStart;
  final int[] in;
  /** The sentences each concept cites, by number, read once as the concepts are indexed. */
  final Cited conceptSentences;
  /** The sentences each relation cites, likewise. */
  final Cited relationSentences;

  /**
   * Every concept's id, one after another in pack order, and where each starts: a compact copy that
   * lookups compare with. The ids' own strings lie scattered among the concepts on the heap, so on a
   * large pack comparing with them cost a cache miss or two per relation end; this copy is a few bytes
   * a concept (ids are ASCII slugs) and stays in the CPU's caches far longer.
   */
  private final String ids;
  private final int[] idStart;
  /**
   * Per slot, the id's hash (high half) and its concept's position plus one (low half, 0 for an empty
   * slot): one read settles most probes, without touching the id.
   */
  private final long[] slots;
  private final int mask;
  private final int shift;

  Graph(List<? extends Concept> concepts, List<Relation> relations) {
    this.concepts = concepts.toArray(new Concept[0]);
    this.kinds = new byte[this.concepts.length];
    this.relations = relations;
    int capacity = Integer.highestOneBit(Math.max(2, this.concepts.length * 2 - 1)) << 1;
    this.idStart = new int[this.concepts.length + 1];
    this.ids = concatenatedIds(this.concepts, idStart);
    this.slots = new long[capacity];
    this.mask = capacity - 1;
    this.shift = Integer.numberOfLeadingZeros(capacity) + 1;
    this.conceptSentences = new Cited(this.concepts.length);
    for (int i = 0; i < this.concepts.length; i++) {
      kinds[i] = (byte) this.concepts[i].kind().ordinal();
      conceptSentences.add(i, this.concepts[i].citations());
      if (!insert(i)) {
        duplicates.set(i);
      }
    }
    int size = relations.size();
    this.from = new int[size];
    this.to = new int[size];
    this.relationKinds = new byte[size];
    this.relationSentences = new Cited(size);
    resolve(relations);
    int[] outDegree = new int[this.concepts.length + 1];
    int[] inDegree = new int[this.concepts.length + 1];
    for (int r = 0; r < size; r++) {
      if (from[r] != UNKNOWN && to[r] != UNKNOWN) {
        outDegree[from[r] + 1]++;
        inDegree[to[r] + 1]++;
      }
    }
    this.outStart = offsets(outDegree);
    this.inStart = offsets(inDegree);
    this.out = new int[outStart[this.concepts.length]];
    this.in = new int[inStart[this.concepts.length]];
    int[] outNext = outStart.clone();
    int[] inNext = inStart.clone();
    for (int r = 0; r < size; r++) {
      if (from[r] != UNKNOWN && to[r] != UNKNOWN) {
        out[outNext[from[r]]++] = r;
        in[inNext[to[r]]++] = r;
      }
    }
  }

  /**
   * Reads each relation's kind and citations and resolves its ends to positions, a block at a time:
   * on a pack larger than the CPU's caches each relation's target id and its slot in the table are a
   * cache miss, and taking them in separate passes over a block lets those misses overlap.
   */
  private void resolve(List<Relation> relations) {
    String[] targets = new String[BLOCK];
    int[] hashes = new int[BLOCK];
    long[] entries = new long[BLOCK];
    String lastFrom = null;
    int lastFromPosition = UNKNOWN;
    for (int base = 0; base < relations.size(); base += BLOCK) {
      int count = Math.min(BLOCK, relations.size() - base);
      for (int k = 0; k < count; k++) {
        int r = base + k;
        Relation relation = relations.get(r);
        relationKinds[r] = (byte) relation.kind().ordinal();
        relationSentences.add(r, relation.citations());
        // Packs list a concept's relations together: its id is looked up once per run of them.
        String source = relation.from().value();
        if (!source.equals(lastFrom)) {
          lastFrom = source;
          lastFromPosition = position(relation.from());
        }
        from[r] = lastFromPosition;
        targets[k] = relation.to().value();
        hashes[k] = targets[k].hashCode();
      }
      for (int k = 0; k < count; k++) {
        entries[k] = slots[slot(hashes[k])];
      }
      for (int k = 0; k < count; k++) {
        to[base + k] = position(targets[k], hashes[k], entries[k]);
      }
    }
  }

  /** Each concept's kind, by position. */
  ConceptKind kind(int position) {
    return CONCEPT_KINDS[kinds[position]];
  }

  /** Each relation's kind, by position. */
  RelationKind relationKind(int relation) {
    return RELATION_KINDS[relationKinds[relation]];
  }

  private static int[] offsets(int[] degrees) {
    for (int i = 1; i < degrees.length; i++) {
      degrees[i] += degrees[i - 1];
    }
    return degrees;
  }

  private static String concatenatedIds(Concept[] concepts, int[] starts) {
    StringBuilder all = new StringBuilder(concepts.length * 16);
    for (int i = 0; i < concepts.length; i++) {
      starts[i] = all.length();
      all.append(concepts[i].id().value());
    }
    starts[concepts.length] = all.length();
    return all.toString();
  }

  /** The position of the concept with this id (the first, if several have it), or {@link #UNKNOWN}. */
  int position(ConceptId id) {
    String value = id.value();
    int hash = value.hashCode();
    return position(value, hash, slots[slot(hash)]);
  }

  /** The position of {@code value}, whose hash is {@code hash}, probing from its first slot's entry. */
  private int position(String value, int hash, long first) {
    long entry = first;
    for (int slot = slot(hash); ; entry = slots[slot = (slot + 1) & mask]) {
      if (entry == 0) {
        return UNKNOWN;
      }
      int at = (int) entry - 1;
      if ((int) (entry >>> 32) == hash && spells(at, value)) {
        return at;
      }
    }
  }

  /** Adds the concept at {@code position} to the table; false if an earlier concept has its id. */
  private boolean insert(int position) {
    String value = concepts[position].id().value();
    int hash = value.hashCode();
    for (int slot = slot(hash); ; slot = (slot + 1) & mask) {
      long entry = slots[slot];
      if (entry == 0) {
        slots[slot] = (long) hash << 32 | (position + 1L);
        return true;
      }
      if ((int) (entry >>> 32) == hash && spells((int) entry - 1, value)) {
        return false;
      }
    }
  }

  /** Whether the concept at {@code at} has the id {@code value}. */
  private boolean spells(int at, String value) {
    int start = idStart[at];
    return idStart[at + 1] - start == value.length() && ids.regionMatches(start, value, 0, value.length());
  }

  /** Fibonacci hashing: the top bits of the product spread even ids like "c1", "c2" over the table. */
  private int slot(int hash) {
    return hash * 0x9E3779B9 >>> shift;
  }

  /** Every distinct id, in pack order: the candidates for "did you mean". */
  List<ConceptId> ids() {
    List<ConceptId> ids = new ArrayList<>(concepts.length);
    for (int i = 0; i < concepts.length; i++) {
      if (!duplicates.get(i)) {
        ids.add(concepts[i].id());
      }
    }
    return ids;
  }

  /** The items of {@code all} at {@code positions}, as a read-only list that copies nothing. */
  static <T> List<T> select(List<T> all, int[] positions) {
    return new Selection<>(all, positions);
  }

  /**
   * The sentence numbers each of a run of items (concepts or relations) cites, flattened into one
   * array, with where each item's start: the rules and the atlas's index by sentence read them in
   * sequence instead of going back to every item's citations, which on a large pack lie scattered
   * over the heap.
   */
  static final class Cited {
    /** Per item, where its numbers start; the last entry is where the numbers end. */
    final int[] start;
    /** Sentence numbers, 1 to 99 (a {@link SentenceRef}'s range), item after item. */
    byte[] numbers;

    Cited(int items) {
      this.start = new int[items + 1];
      this.numbers = new byte[Math.max(16, items + items / 2)];
    }

    /** Adds the numbers of item {@code item}; items are added in order, from 0. */
    void add(int item, Citations citations) {
      int end = start[item];
      for (SentenceRef ref : citations.sentences()) {
        if (end == numbers.length) {
          numbers = Arrays.copyOf(numbers, end * 2);
        }
        numbers[end++] = (byte) ref.number();
      }
      start[item + 1] = end;
    }

    /**
     * Marks the sentences item {@code item} cites in {@code cited} (by number less one); false if
     * it cites one past the end of {@code cited}, which the article then lacks.
     */
    boolean mark(int item, boolean[] cited) {
      boolean all = true;
      for (int k = start[item]; k < start[item + 1]; k++) {
        int number = numbers[k];
        if (number <= cited.length) {
          cited[number - 1] = true;
        } else {
          all = false;
        }
      }
      return all;
    }
  }

  private static final class Selection<T> extends AbstractList<T> implements RandomAccess {
    private final List<T> all;
    private final int[] positions;

    Selection(List<T> all, int[] positions) {
      this.all = all;
      this.positions = positions;
    }

    @Override
    public T get(int index) {
      return all.get(positions[index]);
    }

    @Override
    public int size() {
      return positions.length;
    }
  }
}
