package org.trustatlas.cli.commands;

import java.util.List;
import java.util.concurrent.Callable;
import org.trustatlas.cli.output.Printer;
import org.trustatlas.cli.output.Table;
import org.trustatlas.content.json.AtlasJson;
import org.trustatlas.core.model.Atlas;
import org.trustatlas.core.model.Concept;
import org.trustatlas.core.model.ConceptKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "concepts", description = "List the concepts of the atlas, or those of one kind.",
    footer = {"%nExamples:", "  atlas concepts", "  atlas concepts --kind challenge",
        "  atlas concepts --json | jq -r '.[].id'"})
final class ConceptsCommand implements Callable<Integer> {

  private final Session session;

  @Option(names = "--kind", paramLabel = "KIND", converter = Vocabulary.Kinds.class,
      completionCandidates = Vocabulary.Kinds.class,
      description = "Only concepts of this kind: ${COMPLETION-CANDIDATES}.")
  ConceptKind kind;

  ConceptsCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    Atlas atlas = session.atlas().atlas();
    List<Concept> concepts = kind == null ? List.copyOf(atlas.concepts()) : atlas.concepts(kind);
    if (session.json()) {
      session.printJson(AtlasJson.concepts(concepts));
    } else if (session.quiet()) {
      concepts.forEach(c -> session.out().println(c.id().value()));
    } else {
      print(concepts);
    }
    return 0;
  }

  private void print(List<Concept> concepts) {
    Printer printer = session.printer();
    Table table = Table.styled(printer.style()::accent);
    if (printer.decorate()) {
      table.header(printer.style()::bold, "ID", "KIND", "LABEL");
    }
    for (Concept concept : concepts) {
      table.row(concept.id().value(), concept.kind().slug(), concept.label());
    }
    printer.table(table, 0);
  }
}
