package org.trustatlas.content.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.trustatlas.content.input.Quote;
import org.trustatlas.core.model.Article;
import org.trustatlas.core.model.Atlas;
import org.trustatlas.core.model.Citations;
import org.trustatlas.core.model.Concept;
import org.trustatlas.core.model.ConceptId;
import org.trustatlas.core.model.Relation;
import org.trustatlas.core.internal.Slugs;
import org.trustatlas.core.model.RelationKind;
import org.trustatlas.core.model.Violation;
import tools.jackson.databind.JsonNode;

/**
 * Reads concepts and relations from their files, remembering where each came from, then lets the
 * atlas's own rules judge them and reports each {@link Violation} at its place in the files.
 */
final class ContentReader {

  private final ConceptReader conceptReader;
  private final CitationReader citations;
  private final Problems problems;
  private final List<Concept> concepts = new ArrayList<>();
  private final List<Located<?>> conceptOrigins = new ArrayList<>();
  private final List<Relation> relations = new ArrayList<>();
  private final List<Located<?>> relationOrigins = new ArrayList<>();
  /** Ids of concepts that failed to read; relations to them are not reported a second time. */
  private final Set<ConceptId> unreadable = new HashSet<>();
  private boolean anythingUnreadable;
  /**
   * Whether a whole concept file could not be read (it does not parse, or holds no list of concepts):
   * the ids it held are unknown, so a name the files read do not have may be one of them, and is not
   * reported as unknown until that file reads.
   */
  private boolean conceptsMissing;

  ContentReader(ConceptReader conceptReader, CitationReader citations, Problems problems) {
    this.conceptReader = conceptReader;
    this.citations = citations;
    this.problems = problems;
  }

  void concepts(YamlDocument doc) {
    if (!doc.root().path("concepts").isArray()) {
      conceptFileUnread();
    }
    for (Located<ConceptsFile.Entry> entry : FileShape.entries(doc, "concepts", ConceptsFile.Entry.class, problems)) {
      Optional<Concept> concept =
          entry.value() == null ? Optional.empty() : conceptReader.read(entry, problems);
      if (concept.isPresent()) {
        concepts.add(concept.get());
        conceptOrigins.add(entry);
      } else {
        markUnreadable(doc.root().at(entry.pointer() + "/id").asString(""));
      }
    }
  }

  void relations(YamlDocument doc) {
    for (Located<RelationsFile.Entry> entry
        : FileShape.entries(doc, "relations", RelationsFile.Entry.class, problems)) {
      Optional<Relation> relation = entry.value() == null ? Optional.empty() : relation(entry);
      if (relation.isPresent()) {
        relations.add(relation.get());
        relationOrigins.add(entry);
      } else {
        anythingUnreadable = true;
      }
    }
  }

  private Optional<Relation> relation(Located<RelationsFile.Entry> entry) {
    RelationsFile.Entry e = entry.value();
    String what = "relation '" + e.from() + " " + e.kind() + " " + e.to() + "'";
    boolean ok = endpoint(entry, "from", e.from()) & endpoint(entry, "to", e.to());
    Optional<Citations> cited =
        citations.read(entry.doc(), entry.pointer(), what, e.sentences(), e.sources(), problems);
    if (!ok || cited.isEmpty()) {
      return Optional.empty();
    }
    try {
      RelationKind kind = Slugs.parse(RelationKind.class, e.kind()).orElseThrow();
      return Optional.of(new Relation(kind, ConceptId.of(e.from()), ConceptId.of(e.to()), cited.get()));
    } catch (IllegalArgumentException invalid) {
      entry.report(problems, null, invalid.getMessage());
      return Optional.empty();
    }
  }

  private boolean endpoint(Located<RelationsFile.Entry> entry, String field, String id) {
    if (ConceptId.isValid(id)) {
      return true;
    }
    entry.report(problems, field, Quote.of(id) + " is not a concept id; ids are lower-kebab-case");
    return false;
  }

  /** A concept file that could not be read at all; its own problem is already reported. */
  void conceptFileUnread() {
    anythingUnreadable = true;
    conceptsMissing = true;
  }

  private void markUnreadable(String id) {
    anythingUnreadable = true;
    if (ConceptId.isValid(id)) {
      unreadable.add(ConceptId.of(id));
    }
  }

  /** Runs the atlas's rules and reports each violation where its subject was written. */
  void checkRules(Article article, YamlDocument articleDoc) {
    PackConcepts read = packConcepts();
    for (Violation violation : Atlas.violations(article, concepts, relations)) {
      String field = violation.subject().field().orElse(null);
      Optional<Located<?>> origin = violation.subject().match(
          c -> reportable(concepts.get(c.index()), read) ? Optional.of(conceptOrigins.get(c.index())) : Optional.empty(),
          r -> reportable(relations.get(r.index()), read) ? Optional.of(relationOrigins.get(r.index()))
              : Optional.empty(),
          s -> anythingUnreadable ? Optional.empty()
              : Optional.of(new Located<>(s, articleDoc, "/sentences/" + (s.sentence().number() - 1))));
      origin.ifPresent(o -> o.report(problems, at(o, field, violation.item()), violation.message()));
    }
  }

  // A violation about one item of a list (a sentence id the article does not have) is reported at that
  // item's own line and column, the first written so; "sentences:" alone left the author to find it.
  private static String at(Located<?> origin, String field, Optional<String> item) {
    if (field == null || item.isEmpty()) {
      return field;
    }
    JsonNode list = origin.doc().root().at(origin.pointer() + "/" + field);
    for (int i = 0; i < list.size(); i++) {
      if (item.get().equals(list.get(i).asString())) {
        return field + "/" + i;
      }
    }
    return field;
  }

  /** A concept referring to one that could not be read is not reported again as "unknown". */
  private static boolean reportable(Concept concept, PackConcepts read) {
    return concept.references().stream().noneMatch(read::unread);
  }

  /** A relation to a concept that could not be read is not reported again as "unknown concept". */
  private static boolean reportable(Relation relation, PackConcepts read) {
    return !read.unread(relation.from()) && !read.unread(relation.to());
  }

  List<Concept> concepts() {
    return concepts;
  }

  List<Relation> relations() {
    return relations;
  }

  /** The concepts read so far, as the ids other files may name. */
  PackConcepts packConcepts() {
    return new PackConcepts(concepts, unreadable, conceptsMissing);
  }
}
