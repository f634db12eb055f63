package org.trustatlas.core.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trustatlas.core.internal.Suggestions;

/**
 * The rules content must keep to enter an atlas. Each rule is checked over all content and every
 * breach is reported, so an editor fixes a pack in one pass instead of one error at a time.
 */
final class AtlasRules {

  private AtlasRules() {}

  static List<Violation> check(Article article, List<? extends Concept> concepts, List<Relation> relations) {
    List<Violation> found = new ArrayList<>();
    Map<ConceptId, Concept> byId = new HashMap<>(concepts.size() * 2);
    Set<SentenceRef> cited = new HashSet<>();
    for (int i = 0; i < concepts.size(); i++) {
      Concept concept = concepts.get(i);
      int index = i;
      if (byId.putIfAbsent(concept.id(), concept) != null) {
        found.add(Violation.concept(i, concept.id(), "id", "duplicate concept id '" + concept.id() + "'"));
      }
      checkSentences(article, concept.citations(), cited, found, s -> Violation.concept(index, concept.id(), "sentences",
          "concept '" + concept.id() + "' cites sentence " + s + ", which the article does not have"));
    }
    for (int i = 0; i < concepts.size(); i++) {
      checkReferences(i, concepts.get(i), byId, found);
    }
    Set<Triple> triples = new HashSet<>(relations.size() * 2);
    for (int i = 0; i < relations.size(); i++) {
      Relation relation = relations.get(i);
      int index = i;
      checkRelation(index, relation, byId, found);
      if (!triples.add(new Triple(relation.kind(), relation.from(), relation.to()))) {
        found.add(Violation.relation(i, null, "relation " + describe(relation) + " is listed twice"));
      }
      checkSentences(article, relation.citations(), cited, found, s -> Violation.relation(index, "sentences",
          "relation " + describe(relation) + " cites sentence " + s + ", which the article does not have"));
    }
    for (Sentence sentence : article.sentences()) {
      if (!cited.contains(sentence.ref())) {
        found.add(Violation.sentence(sentence.ref(),
            "sentence " + sentence.ref() + " is not cited by any concept or relation; every sentence must be"));
      }
    }
    return found;
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

  private interface Report {
    Violation about(SentenceRef sentence);
  }

  private static void checkSentences(Article article, Citations citations, Set<SentenceRef> cited,
      List<Violation> found, Report report) {
    for (SentenceRef ref : citations.sentences()) {
      if (article.contains(ref)) {
        cited.add(ref);
      } else {
        found.add(report.about(ref));
      }
    }
  }

  private static void checkReferences(int index, Concept concept, Map<ConceptId, Concept> byId,
      List<Violation> found) {
    if (concept instanceof RebuildingStrategy strategy) {
      Concept phase = byId.get(strategy.phase());
      if (phase == null) {
        found.add(Violation.concept(index, concept.id(), "phase",
            "strategy '" + concept.id() + "' names phase '" + strategy.phase() + "', which does not exist"
                + Suggestions.hint(strategy.phase().value(), byId.keySet())));
      } else if (phase.kind() != ConceptKind.PHASE) {
        found.add(Violation.concept(index, concept.id(), "phase",
            "strategy '" + concept.id() + "' names '" + strategy.phase() + "' as its phase, but that is a "
                + phase.kind().slug()));
      }
    }
  }

  private static void checkRelation(int index, Relation relation, Map<ConceptId, Concept> byId,
      List<Violation> found) {
    Concept from = byId.get(relation.from());
    Concept to = byId.get(relation.to());
    if (from == null) {
      found.add(Violation.relation(index, "from", "relation " + describe(relation) + " starts at unknown concept '"
          + relation.from() + "'" + Suggestions.hint(relation.from().value(), byId.keySet())));
    }
    if (to == null) {
      found.add(Violation.relation(index, "to", "relation " + describe(relation) + " ends at unknown concept '"
          + relation.to() + "'" + Suggestions.hint(relation.to().value(), byId.keySet())));
    }
    if (from != null && to != null && !relation.kind().joins(from.kind(), to.kind())) {
      found.add(Violation.relation(index, "kind", "relation " + describe(relation) + " joins a "
          + from.kind().slug() + " to a " + to.kind().slug() + ", but " + relation.kind().describeJoins()));
    }
  }

  private static String describe(Relation relation) {
    return "'" + relation.from() + " " + relation.kind().slug() + " " + relation.to() + "'";
  }
}
