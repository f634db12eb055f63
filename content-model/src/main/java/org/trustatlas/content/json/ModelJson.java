package org.trustatlas.content.json;

import static org.trustatlas.content.json.AtlasJson.array;
import static org.trustatlas.content.json.AtlasJson.object;

import java.util.Collection;
import java.util.List;
import org.trustatlas.content.input.PackProblem;
import org.trustatlas.core.model.Article;
import org.trustatlas.core.model.Atlas;
import org.trustatlas.core.model.Challenge;
import org.trustatlas.core.model.Citations;
import org.trustatlas.core.model.Concept;
import org.trustatlas.core.model.DevelopmentPractice;
import org.trustatlas.core.model.Link;
import org.trustatlas.core.model.Outcome;
import org.trustatlas.core.model.PackInfo;
import org.trustatlas.core.model.Phase;
import org.trustatlas.core.model.ReactiveBehavior;
import org.trustatlas.core.model.RebuildingStrategy;
import org.trustatlas.core.model.Relation;
import org.trustatlas.core.model.RelationPath;
import org.trustatlas.core.model.Sentence;
import org.trustatlas.core.model.SourceRef;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The shapes of the model: concepts, relations, sources, problems, the whole atlas; {@link AtlasJson} lists them. */
final class ModelJson {

  private ModelJson() {}

  /** {@code {"id","kind","label","aliases","summary","sentences","sources"}} plus the kind's own fields. */
  static ObjectNode concept(Concept concept) {
    ObjectNode node = object();
    node.put("id", concept.id().value());
    node.put("kind", concept.kind().slug());
    node.put("label", concept.label());
    ArrayNode aliases = node.putArray("aliases");
    concept.aliases().forEach(aliases::add);
    node.put("summary", concept.summary());
    citations(node, concept.citations());
    kindFields(node, concept);
    return node;
  }

  private static void kindFields(ObjectNode node, Concept concept) {
    switch (concept.kind()) {
      case CHALLENGE -> node.put("family", ((Challenge) concept).family().slug());
      case REBUILDING_STRATEGY -> {
        RebuildingStrategy s = (RebuildingStrategy) concept;
        node.put("actor", s.actor().slug());
        node.put("phase", s.phase().value());
        node.put("adjunct", s.adjunct());
        node.put("involvesFault", s.involvesFault());
        node.put("conjoint", s.conjoint());
      }
      case REACTIVE_BEHAVIOR -> node.put("valence", ((ReactiveBehavior) concept).valence().slug());
      case OUTCOME -> node.put("optional", ((Outcome) concept).optional());
      case PHASE -> node.put("order", ((Phase) concept).order());
      case DEVELOPMENT_PRACTICE -> ((DevelopmentPractice) concept).consentNote().ifPresent(n -> node.put("consentNote", n));
      case TRUST_DIMENSION, TRUST_FOUNDATION, AGGRAVATOR, EMOTIONAL_RESPONSE, COGNITIVE_STATE, CONSEQUENCE,
          RECOVERY_REQUIREMENT, RESOURCE -> { }
    }
  }

  static ArrayNode concepts(Collection<? extends Concept> concepts) {
    ArrayNode array = array();
    concepts.forEach(c -> array.add(concept(c)));
    return array;
  }

  /** {@code {"sentences": ["S03"], "sources": [{"key","title","authors","year","url"}]}} into {@code node}. */
  static void citations(ObjectNode node, Citations citations) {
    ArrayNode sentences = node.putArray("sentences");
    citations.sentences().forEach(s -> sentences.add(s.id()));
    ArrayNode sources = node.putArray("sources");
    citations.sources().forEach(s -> sources.add(source(s)));
  }

  static ObjectNode source(SourceRef source) {
    ObjectNode node = object();
    node.put("key", source.key());
    node.put("title", source.title());
    ArrayNode authors = node.putArray("authors");
    source.authors().forEach(authors::add);
    node.put("year", source.year());
    source.url().ifPresent(url -> node.put("url", url));
    return node;
  }

  /** {@code {"kind","from","to","sentences","sources"}}. */
  static ObjectNode relation(Relation relation) {
    ObjectNode node = object();
    node.put("kind", relation.kind().slug());
    node.put("from", relation.from().value());
    node.put("to", relation.to().value());
    citations(node, relation.citations());
    return node;
  }

  /** A relation seen from one end: {@code {"relation","direction","phrase","concept":{id,kind,label}, ...}}. */
  static ObjectNode link(Link link) {
    ObjectNode node = object();
    node.put("relation", link.relation().kind().slug());
    node.put("direction", link.direction().slug());
    node.put("phrase", link.phrase());
    node.set("concept", reference(link.other()));
    citations(node, link.relation().citations());
    return node;
  }

  static ArrayNode links(List<Link> links) {
    ArrayNode array = array();
    links.forEach(l -> array.add(link(l)));
    return array;
  }

  /** The short form of a concept for lists and links: {@code {"id","kind","label"}}. */
  static ObjectNode reference(Concept concept) {
    ObjectNode node = object();
    node.put("id", concept.id().value());
    node.put("kind", concept.kind().slug());
    node.put("label", concept.label());
    return node;
  }

  static ObjectNode path(RelationPath path) {
    ObjectNode node = object();
    node.put("length", path.length());
    ArrayNode steps = node.putArray("steps");
    path.steps().forEach(s -> steps.add(relation(s)));
    return node;
  }

  static ObjectNode pack(PackInfo pack) {
    ObjectNode node = object();
    node.put("id", pack.id());
    node.put("version", pack.version());
    node.put("language", pack.language());
    node.put("title", pack.title());
    node.put("description", pack.description());
    return node;
  }

  /** {@code {"file","line","column","pointer","message"}}. */
  static ObjectNode problem(PackProblem problem) {
    ObjectNode node = object();
    node.put("file", problem.file());
    node.put("line", problem.line());
    node.put("column", problem.column());
    node.put("pointer", problem.pointer());
    node.put("message", problem.message());
    return node;
  }

  /** One article sentence: {@code {"id","section","text"}}. */
  static ObjectNode sentence(Sentence sentence) {
    ObjectNode node = object();
    node.put("id", sentence.ref().id());
    node.put("section", sentence.section());
    node.put("text", sentence.text());
    return node;
  }

  /** The article: {@code {"title","sentences": [sentence]}}. */
  static ObjectNode article(Article article) {
    ObjectNode node = object();
    node.put("title", article.title());
    ArrayNode sentences = node.putArray("sentences");
    article.sentences().forEach(s -> sentences.add(sentence(s)));
    return node;
  }

  /** The whole atlas: pack, article, bibliography, concepts and relations. */
  static ObjectNode atlas(Atlas atlas) {
    ObjectNode node = object();
    node.set("pack", pack(atlas.pack()));
    node.set("article", article(atlas.article()));
    ArrayNode bibliography = node.putArray("bibliography");
    atlas.bibliography().forEach(s -> bibliography.add(source(s)));
    node.set("concepts", concepts(atlas.concepts()));
    ArrayNode relations = node.putArray("relations");
    atlas.relations().forEach(r -> relations.add(relation(r)));
    return node;
  }
}
