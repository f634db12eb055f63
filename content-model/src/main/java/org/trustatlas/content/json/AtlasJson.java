package org.trustatlas.content.json;

import java.util.Collection;
import java.util.List;
import org.trustatlas.content.input.PackProblem;
import org.trustatlas.content.search.SearchHit;
import org.trustatlas.content.search.SearchResults;
import org.trustatlas.core.checkin.CheckIn;
import org.trustatlas.core.checkin.CheckInStep;
import org.trustatlas.core.dynamics.Scenario;
import org.trustatlas.core.dynamics.Simulation;
import org.trustatlas.core.model.Article;
import org.trustatlas.core.model.Atlas;
import org.trustatlas.core.model.Citations;
import org.trustatlas.core.model.Concept;
import org.trustatlas.core.model.Link;
import org.trustatlas.core.model.PackInfo;
import org.trustatlas.core.model.Relation;
import org.trustatlas.core.model.RelationPath;
import org.trustatlas.core.model.Sentence;
import org.trustatlas.core.model.SourceRef;
import org.trustatlas.core.repair.RepairPlan;
import org.trustatlas.core.safety.CrisisResource;
import org.trustatlas.core.safety.EmergencyNumber;
import org.trustatlas.core.safety.Region;
import org.trustatlas.core.safety.ResourceMatch;
import org.trustatlas.core.safety.SafetyBlock;
import org.trustatlas.core.safety.SafetyItem;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every JSON shape of Trust Atlas, listed in one place: the CLI's {@code --json}, the HTTP API and
 * the exports all write through these methods. Field order is fixed and meaningful (id first; in a
 * plan, safety first), so the output is stable for scripts and diffs. Optional values ({@code ?})
 * are left out rather than written as null. Package-private helpers hold the code; the output
 * schemas ({@code schema/*.output.schema.json}) hold the shapes in full.
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

  /**
   * Compact JSON as UTF-8 bytes, written straight to bytes: what a response sends, without a
   * string in between (most of the pack's text has a character outside Latin-1, so such a string
   * is two bytes a character, and is encoded again to send).
   */
  public static byte[] compactBytes(JsonNode node) {
    return MAPPER.writeValueAsBytes(node);
  }

  public static JsonMapper mapper() {
    return MAPPER;
  }

  /** {@code {"id","kind","label","aliases","summary","sentences","sources"}} plus the kind's own fields. */
  public static ObjectNode concept(Concept concept) {
    return ModelJson.concept(concept);
  }

  public static ArrayNode concepts(Collection<? extends Concept> concepts) {
    return ModelJson.concepts(concepts);
  }

  /** {@code {"sentences": ["S03"], "sources": [{"key","title","authors","year","url"}]}} into {@code node}. */
  public static void citations(ObjectNode node, Citations citations) {
    ModelJson.citations(node, citations);
  }

  /** {@code {"key","title","authors","year","url"?}}. */
  public static ObjectNode source(SourceRef source) {
    return ModelJson.source(source);
  }

  /**
   * One concept as its page shows it: {@code {"concept","cautions","links","quotes"}}: the concept,
   * what the safety rules say about it on its own, its relations seen from it, and the article
   * sentences it cites ({@code atlas show --json}, the MCP adapter's show_concept).
   */
  public static ObjectNode conceptPage(Atlas atlas, Concept concept, List<String> cautions, List<Link> links) {
    ObjectNode node = object();
    node.set("concept", concept(concept));
    ArrayNode notes = node.putArray("cautions");
    cautions.forEach(notes::add);
    node.set("links", links(links));
    ArrayNode quotes = node.putArray("quotes");
    concept.citations().sentences().forEach(ref ->
        atlas.article().sentence(ref).ifPresent(s -> quotes.add(sentence(s))));
    return node;
  }

  /** {@code {"kind","from","to","sentences","sources"}}. */
  public static ObjectNode relation(Relation relation) {
    return ModelJson.relation(relation);
  }

  /** A relation seen from one end: {@code {"relation","direction","phrase","concept":{id,kind,label}, ...}}. */
  public static ObjectNode link(Link link) {
    return ModelJson.link(link);
  }

  public static ArrayNode links(List<Link> links) {
    return ModelJson.links(links);
  }

  /** The short form of a concept for lists and links: {@code {"id","kind","label"}}. */
  public static ObjectNode reference(Concept concept) {
    return ModelJson.reference(concept);
  }

  /** {@code {"length","steps": [relation]}}. */
  public static ObjectNode path(RelationPath path) {
    return ModelJson.path(path);
  }

  /** {@code {"id","version","language","title","description"}}. */
  public static ObjectNode pack(PackInfo pack) {
    return ModelJson.pack(pack);
  }

  /** {@code {"file","line","column","pointer","message"}}. */
  public static ObjectNode problem(PackProblem problem) {
    return ModelJson.problem(problem);
  }

  /** One article sentence: {@code {"id","section","text"}}. */
  public static ObjectNode sentence(Sentence sentence) {
    return ModelJson.sentence(sentence);
  }

  /** The article, every sentence in order: {@code {"title","sentences": [sentence]}}. */
  public static ObjectNode article(Article article) {
    return ModelJson.article(article);
  }

  /** The whole atlas: pack, article, bibliography, concepts and relations. */
  public static ObjectNode atlas(Atlas atlas) {
    return ModelJson.atlas(atlas);
  }

  /**
   * {@code {"query", "danger": [{"id","label"}], "safety", "hits": [{"id","kind","label","score","snippet"}]}}:
   * the danger recognised (most specific first), the safety block, then the hits, best first; score
   * to 4 decimals (search.output.schema.json).
   */
  public static ObjectNode search(SearchResults results) {
    ObjectNode node = object();
    node.put("query", results.query());
    ArrayNode danger = node.putArray("danger");
    results.danger().forEach(m -> danger.addObject().put("id", m.category().id()).put("label", m.category().label()));
    node.set("safety", SafetyJson.block(results.safety()));
    ArrayNode hits = node.putArray("hits");
    for (SearchHit hit : results.hits()) {
      hits.add(reference(hit.concept()).put("score", DynamicsJson.round(hit.score())).put("snippet", hit.snippet()));
    }
    return node;
  }

  /**
   * A repair plan, safety first: {@code {"safety","situation","phases": [{"id","label","summary",
   * "steps"}],"referrals","suppressed","requirements","outcomes"}} (plan.output.schema.json).
   */
  public static ObjectNode plan(RepairPlan plan) {
    return PlanJson.plan(plan);
  }

  /**
   * A safety block in the order to show it: {@code {"level","items"}}; an item is {@code
   * {"type":"emergency-number","emergencyNumber"}}, {@code {"type":"notice","urgent","rule","text"}}
   * or {@code {"type":"service","serviceType","fallback","resource"}}.
   */
  public static ObjectNode safety(SafetyBlock block) {
    return SafetyJson.block(block);
  }

  /** {@code {"region","numbers","note"?,"sourceUrl","lastVerified","certainty","verifyNote"?}}. */
  public static ObjectNode emergencyNumber(EmergencyNumber number) {
    return SafetyJson.emergencyNumber(number);
  }

  /**
   * {@code {"id","name","region","area"?,"types","channels": [{"kind","value","note"?,"certainty"?}],
   * "hours","audience","minimumAge"?,"sourceUrl","lastVerified","certainty","verifyNote"?}}: a front end shows
   * {@code verifyNote}, present for anything of low certainty, next to the details, and does not offer a
   * service to a reader younger than its {@code minimumAge}.
   */
  public static ObjectNode resource(CrisisResource resource) {
    return SafetyJson.resource(resource);
  }

  /**
   * One region's help: {@code {"region","emergencyNumber","elsewhere"?,"services": [{"type","fallback",
   * "resources"}]}}; {@code elsewhere} lists every covered country's number when the region has none
   * of its own (resources.output.schema.json).
   */
  public static ObjectNode resources(Region region, SafetyItem.Call call, List<ResourceMatch> matches) {
    return SafetyJson.resources(region, call, matches);
  }

  /** {@code {"questions": [{"id","section","prompt","help"?,"multiple","choices": [{"id","label"}]}]}}. */
  public static ObjectNode checkIn(CheckIn checkIn) {
    return CheckInJson.checkIn(checkIn);
  }

  /**
   * Where a check-in stands: {@code {"status":"ask","number","of","question"}}, {@code
   * {"status":"stop","safety","message"}}, {@code {"status":"planned","plan"}} or {@code
   * {"status":"nothing-named","safety"}} (checkin-step.output.schema.json).
   */
  public static ObjectNode checkInStep(CheckInStep step) {
    return CheckInJson.step(step);
  }

  /**
   * {@code {"scenario","parameters","charted","trajectory": [{"t","predictability","dependability","faith",
   * "distrust","trust","safety"?,"events"}],"summary","refusals","notice"}}, values to 4 decimals; where a
   * partner causes harm, "charted" is "safety" and each point has "safety" (simulation.output.schema.json).
   */
  public static ObjectNode simulation(Simulation simulation) {
    return DynamicsJson.simulation(simulation);
  }

  /** {@code {"id","title","description","steps","seed","partnerHarm","initial","events": [{"at","type",...}]}}. */
  public static ObjectNode scenario(Scenario scenario) {
    return DynamicsJson.scenario(scenario);
  }

  /** Scenarios for a listing, in pack order (scenarios.output.schema.json). */
  public static ArrayNode scenarios(List<Scenario> scenarios) {
    ArrayNode array = array();
    scenarios.forEach(s -> array.add(scenario(s)));
    return array;
  }
}
