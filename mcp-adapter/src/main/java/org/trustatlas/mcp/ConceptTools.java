package org.trustatlas.mcp;

import static org.trustatlas.mcp.OutputSchemas.arrayOf;
import static org.trustatlas.mcp.OutputSchemas.ref;

import java.util.List;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.content.json.AtlasJson;
import org.trustatlas.content.search.SearchResults;
import org.trustatlas.core.model.Atlas;
import org.trustatlas.core.model.Concept;
import org.trustatlas.core.model.Direction;
import org.trustatlas.core.model.Link;
import org.trustatlas.core.model.RelationKind;
import tools.jackson.databind.node.ObjectNode;

/** {@code search}, {@code show_concept} and {@code related}: finding concepts and reading them. */
final class ConceptTools {

  static final int MAX_SEARCH_LIMIT = 50;
  private static final String ATLAS = "atlas.schema.json";

  private final TrustAtlas trustAtlas;
  private final Atlas atlas;
  private final ConceptNames names;

  ConceptTools(TrustAtlas trustAtlas, ConceptNames names) {
    this.trustAtlas = trustAtlas;
    this.atlas = trustAtlas.atlas();
    this.names = names;
  }

  List<AtlasTool> tools() {
    return List.of(search(), show(), related());
  }

  private AtlasTool search() {
    InputSchema input = InputSchema.object()
        .text("query", "The person's own words, such as 'my partner cheated on me' or 'flashbacks during sex'. "
            + "Leave out names and anything that identifies anyone.", 500)
        .integer("limit", "How many concepts to return, best first (default 10).", 1, MAX_SEARCH_LIMIT)
        .text("region", GuidanceTools.REGION + " Danger in the words brings that region's numbers.", 40)
        .required("query");
    return new AtlasTool("search", "Find concepts from plain words",
        "Finds the Trust Atlas concepts that a person's own words most likely mean, best first: 'my partner "
            + "cheated' finds infidelity, 'he hits me' finds partner abuse. Use it first, to turn what someone "
            + "describes into concept ids for show_concept, related and plan. Answer from what the atlas returns "
            + "rather than from memory. If the result carries a safety block, show it to the person before "
            + "anything else. Nothing searched for is stored or logged.",
        input, OutputSchemas.file("search.output.schema.json"), this::runSearch);
  }

  private ObjectNode runSearch(Arguments arguments) {
    String query = arguments.requiredString("query");
    int limit = arguments.integer("limit", 1, MAX_SEARCH_LIMIT).orElse(10L).intValue();
    SearchResults results;
    try {
      results = trustAtlas.search(query, limit, GuidanceTools.region(arguments, true));
    } catch (IllegalArgumentException refused) {
      throw ToolError.from("query", refused);
    }
    if (!results.dangerRecognised()) {
      GuidanceTools.region(arguments, false); // a region not recognised is an error only without danger
    }
    return AtlasJson.search(results);
  }

  private AtlasTool show() {
    ObjectNode shape = AtlasJson.object();
    shape.set("concept", ref(ATLAS, "/$defs/concept"));
    shape.set("cautions", arrayOf(AtlasJson.object().put("type", "string")));
    shape.set("links", arrayOf(ref(ATLAS, "/$defs/link")));
    shape.set("quotes", arrayOf(ref(ATLAS, "/$defs/sentence")));
    return new AtlasTool("show_concept", "Read one concept",
        "One concept by id (from search): what it is in plain words, cautions the safety rules attach to it "
            + "(repeat them whenever you mention the concept), every relation it has (what builds, undermines "
            + "or restores it, what it leads to), and the article sentences it rests on, quoted. An unknown id "
            + "is an error that names the nearest ids.",
        InputSchema.object().text("id", "A concept id such as 'infidelity' or 'couples-therapy'.", 100).required("id"),
        OutputSchemas.object("A concept, its cautions, its relations seen from it and the sentences it cites.",
            shape),
        arguments -> {
          Concept concept = names.find("id", arguments.requiredString("id"));
          return AtlasJson.conceptPage(atlas, concept, trustAtlas.cautions(concept),
              atlas.related(concept.id(), Direction.BOTH));
        });
  }

  private AtlasTool related() {
    InputSchema input = InputSchema.object()
        .text("id", "The concept to start from, such as 'infidelity'.", 100)
        .oneOf("relation", "Only relations of this kind (default: every kind).",
            InputSchema.slugs(RelationKind.class))
        .oneOf("direction", "outgoing: what this concept does to others; incoming: what others do to it; "
            + "both (default).", InputSchema.slugs(Direction.class))
        .required("id");
    ObjectNode shape = AtlasJson.object();
    shape.set("concept", ref(ATLAS, "/$defs/reference"));
    shape.set("links", arrayOf(ref(ATLAS, "/$defs/link")));
    return new AtlasTool("related", "Relations around a concept",
        "The typed, cited relations around one concept, each read from it ('infidelity undermines "
            + "sexual trust', 'restored by transparency'): use it to explain what builds or breaks trust and "
            + "what helps. Each relation lists the article sentences and sources behind it.",
        input, OutputSchemas.object("The concept and its relations seen from it.", shape),
        arguments -> {
          Concept concept = names.find("id", arguments.requiredString("id"));
          Direction direction = arguments.slug("direction", Direction.class).orElse(Direction.BOTH);
          List<Link> links = arguments.slug("relation", RelationKind.class)
              .map(kind -> atlas.related(concept.id(), kind, direction))
              .orElseGet(() -> atlas.related(concept.id(), direction));
          ObjectNode node = AtlasJson.object();
          node.set("concept", AtlasJson.reference(concept));
          node.set("links", AtlasJson.links(links));
          return node;
        });
  }
}
