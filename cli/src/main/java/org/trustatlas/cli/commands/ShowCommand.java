package org.trustatlas.cli.commands;

import java.util.List;
import java.util.concurrent.Callable;
import org.trustatlas.content.json.AtlasJson;
import org.trustatlas.core.model.Atlas;
import org.trustatlas.core.model.Concept;
import org.trustatlas.core.model.Direction;
import org.trustatlas.core.model.Link;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "show", description = "Show one concept: what it is, what builds, undermines and restores it, "
    + "what it leads to, the article sentences it rests on and the sources.",
    footer = {"%nExamples:", "  atlas show infidelity", "  atlas show infidelity --json"})
final class ShowCommand implements Callable<Integer> {

  private final Session session;

  @Parameters(paramLabel = "ID", description = "A concept id, as 'atlas concepts' lists them.")
  String id;

  ShowCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    Atlas atlas = session.atlas().atlas();
    Concept concept = Lookup.concept(atlas, id);
    List<Link> links = atlas.related(concept.id(), Direction.BOTH);
    List<String> cautions = session.atlas().cautions(concept);
    if (session.json()) {
      session.printJson(json(atlas, concept, cautions, links));
    } else {
      new ConceptPage(session.printer()).print(concept, cautions, links, atlas.article());
    }
    return 0;
  }

  /**
   * {@code {"concept", "cautions", "links", "quotes"}}: the concept, what the safety rules say about
   * it, its relations seen from it, the sentences it cites.
   */
  private static ObjectNode json(Atlas atlas, Concept concept, List<String> cautions, List<Link> links) {
    ObjectNode node = AtlasJson.object();
    node.set("concept", AtlasJson.concept(concept));
    ArrayNode notes = node.putArray("cautions");
    cautions.forEach(notes::add);
    node.set("links", AtlasJson.links(links));
    ArrayNode quotes = node.putArray("quotes");
    concept.citations().sentences().forEach(ref ->
        atlas.article().sentence(ref).ifPresent(s -> quotes.add(AtlasJson.sentence(s))));
    return node;
  }
}
