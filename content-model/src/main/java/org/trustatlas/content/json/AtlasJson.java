package org.trustatlas.content.json;

import java.util.Collection;
import java.util.List;
import org.trustatlas.content.PackProblem;
import org.trustatlas.content.search.SearchHit;
import org.trustatlas.content.search.SearchResults;
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
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes core types as JSON trees in the documented shapes. Field order is fixed and meaningful
 * (id first; in a plan, safety first), so the output is stable for scripts and diffs.
 */
public final class AtlasJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .defaultPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")))
      .build();

  private AtlasJson() {}

  public static ObjectNode object() {
    return NODES.objectNode();
  }

  public static ArrayNode array() {
    return NODES.arrayNode();
  }

  /** Pretty-printed JSON text with a trailing newline. */
  public static String pretty(JsonNode node) {
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n";
  }

  /** Compact JSON text. */
  public static String compact(JsonNode node) {
    return MAPPER.writeValueAsString(node);
  }

  public static JsonMapper mapper() {
    return MAPPER;
  }

  /** {@code {"id","kind","label","aliases","summary","sentences","sources"}} plus the kind's own fields. */
  public static ObjectNode concept(Concept concept) {
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

  public static ArrayNode concepts(Collection<? extends Concept> concepts) {
    ArrayNode array = array();
    concepts.forEach(c -> array.add(concept(c)));
    return array;
  }

  /** {@code {"sentences": ["S03"], "sources": [{"key","title","authors","year","url"}]}} into {@code node}. */
  public static void citations(ObjectNode node, Citations citations) {
    ArrayNode sentences = node.putArray("sentences");
    citations.sentences().forEach(s -> sentences.add(s.id()));
    ArrayNode sources = node.putArray("sources");
    citations.sources().forEach(s -> sources.add(source(s)));
  }

  public static ObjectNode source(SourceRef source) {
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
  public static ObjectNode relation(Relation relation) {
    ObjectNode node = object();
    node.put("kind", relation.kind().slug());
    node.put("from", relation.from().value());
    node.put("to", relation.to().value());
    citations(node, relation.citations());
    return node;
  }

  /** A relation seen from one end: {@code {"relation","direction","phrase","concept":{id,kind,label}, ...}}. */
  public static ObjectNode link(Link link) {
    ObjectNode node = object();
    node.put("relation", link.relation().kind().slug());
    node.put("direction", link.direction().slug());
    node.put("phrase", link.phrase());
    node.set("concept", reference(link.other()));
    citations(node, link.relation().citations());
    return node;
  }

  public static ArrayNode links(List<Link> links) {
    ArrayNode array = array();
    links.forEach(l -> array.add(link(l)));
    return array;
  }

  /** The short form of a concept for lists and links: {@code {"id","kind","label"}}. */
  public static ObjectNode reference(Concept concept) {
    ObjectNode node = object();
    node.put("id", concept.id().value());
    node.put("kind", concept.kind().slug());
    node.put("label", concept.label());
    return node;
  }

  public static ObjectNode path(RelationPath path) {
    ObjectNode node = object();
    node.put("length", path.length());
    ArrayNode steps = node.putArray("steps");
    path.steps().forEach(s -> steps.add(relation(s)));
    return node;
  }

  public static ObjectNode pack(PackInfo pack) {
    ObjectNode node = object();
    node.put("id", pack.id());
    node.put("version", pack.version());
    node.put("language", pack.language());
    node.put("title", pack.title());
    node.put("description", pack.description());
    return node;
  }

  /** {@code {"file","line","column","pointer","message"}}. */
  public static ObjectNode problem(PackProblem problem) {
    ObjectNode node = object();
    node.put("file", problem.file());
    node.put("line", problem.line());
    node.put("column", problem.column());
    node.put("pointer", problem.pointer());
    node.put("message", problem.message());
    return node;
  }

  /** {@code {"query", "hits": [{"concept": reference, "score", "snippet"}]}}, best hit first. */
  public static ObjectNode searchResults(SearchResults results) {
    ObjectNode node = object();
    node.put("query", results.query());
    ArrayNode hits = node.putArray("hits");
    for (SearchHit hit : results.hits()) {
      ObjectNode entry = hits.addObject();
      entry.set("concept", reference(hit.concept()));
      entry.put("score", hit.score());
      entry.put("snippet", hit.snippet());
    }
    return node;
  }

  /** One article sentence: {@code {"id","section","text"}}. */
  public static ObjectNode sentence(Sentence sentence) {
    ObjectNode node = object();
    node.put("id", sentence.ref().id());
    node.put("section", sentence.section());
    node.put("text", sentence.text());
    return node;
  }

  /** The whole atlas: pack, article, bibliography, concepts and relations. */
  public static ObjectNode atlas(Atlas atlas) {
    ObjectNode node = object();
    node.set("pack", pack(atlas.pack()));
    ObjectNode article = node.putObject("article");
    article.put("title", atlas.article().title());
    ArrayNode sentences = article.putArray("sentences");
    atlas.article().sentences().forEach(s -> sentences.add(sentence(s)));
    ArrayNode bibliography = node.putArray("bibliography");
    atlas.bibliography().forEach(s -> bibliography.add(source(s)));
    node.set("concepts", concepts(atlas.concepts()));
    ArrayNode relations = node.putArray("relations");
    atlas.relations().forEach(r -> relations.add(relation(r)));
    return node;
  }
}
