package org.trustatlas.content.export;

import java.util.Locale;
import java.util.Set;
import org.trustatlas.content.json.AtlasJson;
import org.trustatlas.core.model.Atlas;
import org.trustatlas.core.model.Citations;
import org.trustatlas.core.model.Concept;
import org.trustatlas.core.model.Direction;
import org.trustatlas.core.model.Link;
import org.trustatlas.core.model.RelationKind;
import org.trustatlas.core.model.Relation;
import org.trustatlas.core.model.Sentence;
import org.trustatlas.core.model.SourceRef;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The atlas as JSON-LD. Concepts are {@code skos:Concept}s in one {@code skos:ConceptScheme}, with
 * prefLabel, altLabel (aliases) and definition (summary); BROADER and RELATED relations become
 * {@code skos:broader}/{@code skos:related}, every other relation an {@code atlas:} property. Each
 * relation is also a node of its own, so its citations survive. The context is inlined from the
 * shipped {@code context.jsonld}: a JSON-LD processor never has to fetch anything.
 */
final class JsonLdExport {

  /** Pack IRIs live under this; ids are relative to {@code @base}. */
  static final String NAMESPACE = "https://trustatlas.org/pack/";

  private static final String[] LANGUAGE_TERMS = {"prefLabel", "altLabel", "definition", "text"};
  private static final Set<String> SHARED_FIELDS = Set.of("id", "kind", "label", "aliases", "summary", "sentences", "sources");

  private final Atlas atlas;

  JsonLdExport(Atlas atlas) {
    this.atlas = atlas;
  }

  ObjectNode document() {
    ObjectNode doc = AtlasJson.object();
    doc.set("@context", context());
    ArrayNode graph = doc.putArray("@graph");
    graph.add(scheme());
    atlas.article().sentences().forEach(s -> graph.add(sentence(s)));
    atlas.bibliography().forEach(s -> graph.add(source(s)));
    atlas.concepts().forEach(c -> graph.add(concept(c)));
    atlas.relations().forEach(r -> graph.add(relation(r)));
    return doc;
  }

  private ObjectNode context() {
    JsonNode shipped = AtlasJson.mapper().readTree(Exports.jsonLdContext()).get("@context");
    ObjectNode context = (ObjectNode) shipped.deepCopy();
    context.put("@base", NAMESPACE + atlas.pack().id() + "/");
    for (String term : LANGUAGE_TERMS) {
      ((ObjectNode) context.get(term)).put("@language", atlas.pack().language());
    }
    return context;
  }

  private ObjectNode scheme() {
    ObjectNode node = AtlasJson.object();
    node.put("@id", "scheme");
    node.put("@type", "ConceptScheme");
    node.put("title", atlas.pack().title());
    node.put("description", atlas.pack().description());
    node.put("version", atlas.pack().version());
    return node;
  }

  private static ObjectNode sentence(Sentence sentence) {
    ObjectNode node = AtlasJson.object();
    node.put("@id", "sentence/" + sentence.ref().id());
    node.put("@type", "atlas:Sentence");
    node.put("section", sentence.section());
    node.put("text", sentence.text());
    return node;
  }

  private static ObjectNode source(SourceRef source) {
    ObjectNode node = AtlasJson.object();
    node.put("@id", "source/" + source.key());
    node.put("@type", "dct:BibliographicResource");
    node.put("title", source.title());
    ArrayNode creators = node.putArray("creator");
    source.authors().forEach(creators::add);
    node.put("date", String.valueOf(source.year()));
    source.url().ifPresent(url -> node.put("url", url));
    return node;
  }

  private ObjectNode concept(Concept concept) {
    ObjectNode node = AtlasJson.object();
    node.put("@id", "concept/" + concept.id());
    node.putArray("@type").add("Concept").add("atlas:" + typeName(concept));
    node.put("inScheme", "scheme");
    node.put("prefLabel", concept.label());
    ArrayNode aliases = node.putArray("altLabel");
    concept.aliases().forEach(aliases::add);
    node.put("definition", concept.summary());
    node.put("kind", concept.kind().slug());
    kindFields(node, concept);
    citations(node, concept.citations());
    for (RelationKind kind : RelationKind.values()) {
      ArrayNode targets = AtlasJson.array();
      for (Link link : atlas.related(concept.id(), kind, Direction.OUTGOING)) {
        targets.add("concept/" + link.other().id());
      }
      if (!targets.isEmpty()) {
        node.set(term(kind), targets);
      }
    }
    return node;
  }

  /** The fields only some kinds have, taken from the one JSON shape so they never disagree with it. */
  private static void kindFields(ObjectNode node, Concept concept) {
    AtlasJson.concept(concept).properties().forEach(field -> {
      if (!SHARED_FIELDS.contains(field.getKey())) {
        boolean reference = field.getKey().equals("phase");
        node.set(field.getKey(), reference ? node.stringNode("concept/" + field.getValue().asString()) : field.getValue());
      }
    });
  }

  private static ObjectNode relation(Relation relation) {
    ObjectNode node = AtlasJson.object();
    node.put("@id", "relation/" + relation.from() + "/" + relation.kind().slug() + "/" + relation.to());
    node.put("@type", "atlas:Relation");
    node.put("relationKind", relation.kind().slug());
    node.put("from", "concept/" + relation.from());
    node.put("to", "concept/" + relation.to());
    citations(node, relation.citations());
    return node;
  }

  private static void citations(ObjectNode node, Citations citations) {
    if (!citations.sentences().isEmpty()) {
      ArrayNode cites = node.putArray("cites");
      citations.sentences().forEach(s -> cites.add("sentence/" + s.id()));
    }
    if (!citations.sources().isEmpty()) {
      ArrayNode sources = node.putArray("source");
      citations.sources().forEach(s -> sources.add("source/" + s.key()));
    }
  }

  /** {@code leads-to} is the context term {@code leadsTo}; BROADER and RELATED are SKOS's own. */
  static String term(RelationKind kind) {
    return camel(kind.slug());
  }

  /** {@code rebuilding-strategy} is the class {@code atlas:RebuildingStrategy}. */
  private static String typeName(Concept concept) {
    String camel = camel(concept.kind().slug());
    return camel.substring(0, 1).toUpperCase(Locale.ROOT) + camel.substring(1);
  }

  private static String camel(String slug) {
    String[] words = slug.split("-");
    StringBuilder text = new StringBuilder(words[0]);
    for (int i = 1; i < words.length; i++) {
      text.append(words[i].substring(0, 1).toUpperCase(Locale.ROOT)).append(words[i].substring(1));
    }
    return text.toString();
  }
}
