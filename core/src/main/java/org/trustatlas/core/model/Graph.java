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
  final List<Relation> relations;
  /** Positions of concepts whose id an earlier concept already has. */
  final BitSet duplicates = new BitSet();
  final int[] from;
  final int[] to;
  final int[] outStart;
  final int[] out;
  final int[] inStart;
  final int[] in;

  private final ConceptId[] keys;
  private final int[] positions;
  private final int mask;
  private final int shift;

  Graph(List<? extends Concept> concepts, List<Relation> relations) {
    this.concepts = concepts.toArray(Concept[]::new);
    this.relations = relations;
    int capacity = Integer.highestOneBit(Math.max(2, this.concepts.length * 2 - 1)) << 1;
    this.keys = new ConceptId[capacity];
    this.positions = new int[capacity];
    this.mask = capacity - 1;
    this.shift = Integer.numberOfLeadingZeros(capacity) + 1;
    for (int i = 0; i < this.concepts.length; i++) {
      if (!insert(this.concepts[i].id(), i)) {
        duplicates.set(i);
      }
    }
    int size = relations.size();
    this.from = new int[size];
    this.to = new int[size];
    int[] outDegree = new int[this.concepts.length + 1];
    int[] inDegree = new int[this.concepts.length + 1];
    for (int r = 0; r < size; r++) {
      Relation relation = relations.get(r);
      from[r] = position(relation.from());
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
    for (int slot = slot(id); ; slot = (slot + 1) & mask) {
      ConceptId key = keys[slot];
      if (key == null) {
        return UNKNOWN;
      }
      if (key.equals(id)) {
        return positions[slot];
      }
    }
  }

  private boolean insert(ConceptId id, int position) {
    for (int slot = slot(id); ; slot = (slot + 1) & mask) {
      ConceptId key = keys[slot];
      if (key == null) {
        keys[slot] = id;
        positions[slot] = position;
        return true;
      }
      if (key.equals(id)) {
        return false;
      }
    }
  }

  /** Fibonacci hashing: the top bits of the product spread even ids like "c1", "c2" over the table. */
  private int slot(ConceptId id) {
    return id.hashCode() * 0x9E3779B9 >>> shift;
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
