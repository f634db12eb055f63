package org.trustatlas.core.model;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.trustatlas.core.internal.Suggestions;

/**
 * The rules content must keep to enter an atlas. Each rule is checked over all content and every
 * breach is reported, so an editor fixes a pack in one pass instead of one error at a time. The
 * checks read the atlas's own {@link Graph}, so ids are resolved once for rules and queries alike,
 * and no rule builds a map or a set per concept or relation.
 */
final class AtlasRules {

  /** Out-degree up to which duplicate edges are found by comparing pairs rather than hashing. */
  private static final int PAIRWISE = 16;

  private AtlasRules() {}

  static List<Violation> check(Article article, Graph graph) {
    List<Violation> found = new ArrayList<>();
    boolean[] cited = new boolean[article.sentences().size()];
    Concept[] concepts = graph.concepts;
    for (int i = 0; i < concepts.length; i++) {
      Concept concept = concepts[i];
      if (graph.duplicates.get(i)) {
        found.add(Violation.concept(i, concept.id(), "id", "duplicate concept id '" + concept.id() + "'"));
      }
      if (!graph.conceptSentences.mark(i, cited)) {
        for (SentenceRef s : uncited(article, concept.citations())) {
          found.add(Violation.conceptItem(i, concept.id(), "sentences", s.toString(),
              "concept '" + concept.id() + "' cites sentence " + s + ", which the article does not have"));
        }
      }
    }
    for (int i = 0; i < concepts.length; i++) {
      checkReferences(i, concepts[i], graph, found);
    }
    BitSet repeated = repeatedEdges(graph);
    for (int i = 0; i < graph.relations.size(); i++) {
      Relation relation = graph.relations.get(i);
      checkRelation(i, relation, graph, found);
      if (repeated.get(i)) {
        found.add(Violation.relation(i, null, "relation " + describe(relation) + " is listed twice"));
      }
      if (!graph.relationSentences.mark(i, cited)) {
        for (SentenceRef s : uncited(article, relation.citations())) {
          found.add(Violation.relationItem(i, "sentences", s.toString(),
              "relation " + describe(relation) + " cites sentence " + s + ", which the article does not have"));
        }
      }
    }
    for (Sentence sentence : article.sentences()) {
      if (!cited[sentence.ref().number() - 1]) {
        found.add(Violation.sentence(sentence.ref(),
            "sentence " + sentence.ref() + " is not cited by any concept or relation; every sentence must be"));
      }
    }
    return found;
  }

  /**
   * Relations with the kind and both ends of an earlier one. Edges between known concepts are
   * compared within each concept's outgoing row; the few with an unknown end (a broken pack) by value.
   */
  private static BitSet repeatedEdges(Graph graph) {
    BitSet repeated = new BitSet();
    int kinds = RelationKind.values().length;
    for (int at = 0; at < graph.concepts.length; at++) {
      int start = graph.outStart[at];
      int end = graph.outStart[at + 1];
      if (end - start <= PAIRWISE) {
        for (int i = start + 1; i < end; i++) {
          for (int j = start; j < i; j++) {
            if (sameEdge(graph, graph.out[i], graph.out[j])) {
              repeated.set(graph.out[i]);
              break;
            }
          }
        }
      } else {
        EdgeSet seen = new EdgeSet(end - start);
        for (int i = start; i < end; i++) {
          int r = graph.out[i];
          if (!seen.add((long) graph.to[r] * kinds + graph.relationKind(r).ordinal())) {
            repeated.set(r);
          }
        }
      }
    }
    Set<Triple> unresolved = new HashSet<>();
    for (int r = 0; r < graph.relations.size(); r++) {
      if (graph.from[r] == Graph.UNKNOWN || graph.to[r] == Graph.UNKNOWN) {
        Relation relation = graph.relations.get(r);
        if (!unresolved.add(new Triple(relation.kind(), relation.from(), relation.to()))) {
          repeated.set(r);
        }
      }
    }
    return repeated;
  }

  private static boolean sameEdge(Graph graph, int a, int b) {
    return graph.to[a] == graph.to[b] && graph.relationKind(a) == graph.relationKind(b);
  }

  /** A set of non-negative longs by open addressing: no object per edge. */
  private static final class EdgeSet {
    private final long[] slots;
    private final int mask;

    EdgeSet(int expected) {
      int capacity = Integer.highestOneBit(expected * 2 - 1) << 1;
      slots = new long[capacity];
      java.util.Arrays.fill(slots, -1L);
      mask = capacity - 1;
    }

    boolean add(long value) {
      for (int slot = (int) (value * 0x9E3779B97F4A7C15L >>> 40) & mask; ; slot = (slot + 1) & mask) {
        if (slots[slot] == -1L) {
          slots[slot] = value;
          return true;
        }
        if (slots[slot] == value) {
          return false;
        }
      }
    }
  }

  /** What makes two relations the same edge, whatever they cite. */
  private record Triple(RelationKind kind, ConceptId from, ConceptId to) {
    // Hand-written for the same start-up reason as ConceptId's.
    @Override
    public boolean equals(Object other) {
      return other instanceof Triple t && kind == t.kind && from.equals(t.from) && to.equals(t.to);
    }

    @Override
    public int hashCode() {
      return (kind.ordinal() * 31 + from.hashCode()) * 31 + to.hashCode();
    }
  }

  /** The sentences {@code citations} cites that the article lacks. */
  private static List<SentenceRef> uncited(Article article, Citations citations) {
    List<SentenceRef> missing = new ArrayList<>();
    for (SentenceRef ref : citations.sentences()) {
      if (!article.contains(ref)) {
        missing.add(ref);
      }
    }
    return missing;
  }

  private static void checkReferences(int index, Concept concept, Graph graph, List<Violation> found) {
    if (concept instanceof RebuildingStrategy strategy) {
      int at = graph.position(strategy.phase());
      if (at == Graph.UNKNOWN) {
        found.add(Violation.concept(index, concept.id(), "phase",
            "strategy '" + concept.id() + "' names phase '" + strategy.phase() + "', which does not exist"
                + Suggestions.hint(strategy.phase().value(), graph.ids())));
      } else if (graph.concepts[at].kind() != ConceptKind.PHASE) {
        found.add(Violation.concept(index, concept.id(), "phase",
            "strategy '" + concept.id() + "' names '" + strategy.phase() + "' as its phase, but that is a "
                + graph.concepts[at].kind().slug()));
      }
    }
  }

  private static void checkRelation(int index, Relation relation, Graph graph, List<Violation> found) {
    int from = graph.from[index];
    int to = graph.to[index];
    if (from == Graph.UNKNOWN) {
      found.add(Violation.relation(index, "from", "relation " + describe(relation) + " starts at unknown concept '"
          + relation.from() + "'" + Suggestions.hint(relation.from().value(), graph.ids())));
    }
    if (to == Graph.UNKNOWN) {
      found.add(Violation.relation(index, "to", "relation " + describe(relation) + " ends at unknown concept '"
          + relation.to() + "'" + Suggestions.hint(relation.to().value(), graph.ids())));
    }
    if (from != Graph.UNKNOWN && to != Graph.UNKNOWN
        && !graph.relationKind(index).joins(graph.kind(from), graph.kind(to))) {
      found.add(Violation.relation(index, "kind", "relation " + describe(relation) + " joins a "
          + graph.kind(from).slug() + " to a " + graph.kind(to).slug() + ", but "
          + relation.kind().describeJoins()));
    }
  }

  private static String describe(Relation relation) {
    return "'" + relation.from() + " " + relation.kind().slug() + " " + relation.to() + "'";
  }
}
