package org.trustatlas.cli.commands;

import java.util.List;
import java.util.concurrent.Callable;
import org.trustatlas.cli.output.Printer;
import org.trustatlas.cli.output.Table;
import org.trustatlas.content.json.AtlasJson;
import org.trustatlas.core.model.Atlas;
import org.trustatlas.core.model.Concept;
import org.trustatlas.core.model.Direction;
import org.trustatlas.core.model.RelationKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

@Command(name = "related", description = {"Follow the relations around a concept, or, with --to, "
    + "list the chains of relations that lead from one concept to another."},
    footer = {"%nExamples:", "  atlas related infidelity", "  atlas related faith --direction in --relation restores",
        "  atlas related infidelity --depth 2", "  atlas related apologizing --to renewed-trust --depth 4"})
final class RelatedCommand implements Callable<Integer> {

  private final Session session;

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "The concept to start from.")
  String id;

  @Option(names = "--relation", paramLabel = "KIND", converter = Vocabulary.Relations.class,
      completionCandidates = Vocabulary.Relations.class,
      description = "Only this kind of relation: ${COMPLETION-CANDIDATES}.")
  RelationKind relation;

  @Option(names = "--direction", paramLabel = "DIR", converter = Vocabulary.Directions.class,
      completionCandidates = Vocabulary.Directions.class,
      description = "out: what it affects; in: what affects it; both (default).")
  Direction direction;

  @Option(names = "--depth", paramLabel = "N",
      description = "How many steps to follow, 1 to " + Atlas.MAX_PATH_DEPTH + " (default: 1; with --to: 3).")
  Integer depth;

  @Option(names = "--to", paramLabel = "ID", description = "List the paths of outgoing relations to this concept.")
  String to;

  RelatedCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    int steps = checkedDepth();
    if (to != null && direction != null) {
      throw new ParameterException(spec.commandLine(),
          "--direction cannot be combined with --to; paths always follow relations outward");
    }
    Atlas atlas = session.atlas().atlas();
    Concept start = Lookup.concept(atlas, id);
    if (to != null) {
      new PathsView(session, atlas, relation).print(start, Lookup.concept(atlas, to), steps);
    } else {
      neighbourhood(atlas, start, steps);
    }
    return 0;
  }

  private int checkedDepth() {
    int steps = depth != null ? depth : to != null ? 3 : 1;
    if (steps < 1 || steps > Atlas.MAX_PATH_DEPTH) {
      throw new ParameterException(spec.commandLine(),
          "--depth " + steps + " is out of range; valid: 1 to " + Atlas.MAX_PATH_DEPTH);
    }
    return steps;
  }

  private void neighbourhood(Atlas atlas, Concept start, int steps) {
    Direction way = direction == null ? Direction.BOTH : direction;
    List<Neighbourhood.Step> tree = new Neighbourhood(atlas, relation, way).around(start.id(), steps);
    if (session.json()) {
      session.printJson(json(start, steps, tree));
    } else if (session.quiet()) {
      tree.stream().map(s -> s.link().other().id().value()).distinct().forEach(session.out()::println);
    } else {
      print(start, tree);
    }
  }

  private void print(Concept start, List<Neighbourhood.Step> tree) {
    Printer printer = session.printer();
    printer.heading(start.label() + " (" + start.id() + ")");
    if (tree.isEmpty()) {
      printer.line("  no relations" + (relation == null ? "" : " of kind " + relation.slug()));
      return;
    }
    Table table = Table.styled(null, printer.style()::accent);
    for (Neighbourhood.Step step : tree) {
      String indent = "  ".repeat(step.depth() - 1);
      table.row(indent + step.link().phrase(), step.link().other().id().value(), ConceptPage.labelled(step.link()));
    }
    printer.table(table, 2);
  }

  /** {@code {"concept", "depth", "links": [link + "depth" + "at"]}}. */
  private static ObjectNode json(Concept start, int steps, List<Neighbourhood.Step> tree) {
    ObjectNode node = AtlasJson.object();
    node.set("concept", AtlasJson.reference(start));
    node.put("depth", steps);
    ArrayNode links = node.putArray("links");
    for (Neighbourhood.Step step : tree) {
      ObjectNode link = links.addObject();
      link.put("depth", step.depth());
      link.put("at", step.at().value());
      link.setAll(AtlasJson.link(step.link()));
    }
    return node;
  }
}
