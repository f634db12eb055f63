package org.trustatlas.core.model;

import java.util.AbstractList;
import java.util.ArrayList;
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

  final Concept[] concepts;
  /** Each concept's kind, by position: rules read it per relation end without touching the concept. */
  final ConceptKind[] kinds;
  final List<Relation> relations;
  /** Each relation's kind, by position. */
  final RelationKind[] relationKinds;
  /** Positions of concepts whose id an earlier concept already has. */
  final BitSet duplicates = new BitSet();
  final int[] from;
  final int[] to;
  final int[] outStart;
  final int[] out;
  final int[] inStart;
  final int[] in;

  /** Per slot, the id's string: one reference fewer to follow than the id itself. */
  private final String[] keys;
  /**
   * Per slot, the key's hash (high half) and its concept's position plus one (low half, 0 for an empty
   * slot): one read settles most probes, without touching the key's string.
   */
  private final long[] slots;
  private final int mask;
  private final int shift;

  Graph(List<? extends Concept> concepts, List<Relation> relations) {
    this.concepts = concepts.toArray(new Concept[0]);
    this.kinds = new ConceptKind[this.concepts.length];
    this.relations = relations;
    int capacity = Integer.highestOneBit(Math.max(2, this.concepts.length * 2 - 1)) << 1;
    this.keys = new String[capacity];
    this.slots = new long[capacity];
    this.mask = capacity - 1;
    this.shift = Integer.numberOfLeadingZeros(capacity) + 1;
    for (int i = 0; i < this.concepts.length; i++) {
      kinds[i] = this.concepts[i].kind();
      if (!insert(this.concepts[i].id(), i)) {
        duplicates.set(i);
      }
    }
    int size = relations.size();
    this.from = new int[size];
    this.to = new int[size];
    this.relationKinds = new RelationKind[size];
    int[] outDegree = new int[this.concepts.length + 1];
    int[] inDegree = new int[this.concepts.length + 1];
    String lastFrom = null;
    int lastFromPosition = UNKNOWN;
    for (int r = 0; r < size; r++) {
      Relation relation = relations.get(r);
      relationKinds[r] = relation.kind();
      // Packs list a concept's relations together: its id is looked up once per run of them.
      String source = relation.from().value();
      if (!source.equals(lastFrom)) {
        lastFrom = source;
        lastFromPosition = position(relation.from());
      }
      from[r] = lastFromPosition;
      to[r] = position(relation.to());
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

  private static int[] offsets(int[] degrees) {
    for (int i = 1; i < degrees.length; i++) {
      degrees[i] += degrees[i - 1];
    }
    return degrees;
  }

  /** The position of the concept with this id (the first, if several have it), or {@link #UNKNOWN}. */
  int position(ConceptId id) {
    String value = id.value();
    int hash = value.hashCode();
    for (int slot = slot(hash); ; slot = (slot + 1) & mask) {
      long entry = slots[slot];
      if (entry == 0) {
        return UNKNOWN;
      }
      if ((int) (entry >>> 32) == hash) {
        String key = keys[slot];
        if (key == value || key.equals(value)) {
          return (int) entry - 1;
        }
      }
    }
  }

  private boolean insert(ConceptId id, int position) {
    String value = id.value();
    int hash = value.hashCode();
    for (int slot = slot(hash); ; slot = (slot + 1) & mask) {
      long entry = slots[slot];
      if (entry == 0) {
        keys[slot] = value;
        slots[slot] = (long) hash << 32 | (position + 1L);
        return true;
      }
      if ((int) (entry >>> 32) == hash && keys[slot].equals(value)) {
        return false;
      }
    }
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
