package org.trustatlas.cli.commands;

import java.util.List;
import java.util.concurrent.Callable;
import org.trustatlas.content.json.AtlasJson;
import org.trustatlas.core.model.Atlas;
import org.trustatlas.core.model.Concept;
import org.trustatlas.core.model.Direction;
import org.trustatlas.core.model.Link;
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
      session.printJson(AtlasJson.conceptPage(atlas, concept, cautions, links));
    } else {
      new ConceptPage(session.printer()).print(concept, cautions, links, atlas.article());
    }
    return 0;
  }
}
