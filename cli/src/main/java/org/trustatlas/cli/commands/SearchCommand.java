package org.trustatlas.cli.commands;

import java.util.List;
import java.util.concurrent.Callable;
import org.trustatlas.cli.output.Printer;
import org.trustatlas.cli.output.Table;
import org.trustatlas.content.json.AtlasJson;
import org.trustatlas.content.search.SearchHit;
import org.trustatlas.content.search.SearchResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "search", description = {"Find the concepts your words most likely mean, best first.",
    "Aliases and stems count: 'my partner cheated' finds infidelity."},
    footer = {"%nExamples:", "  atlas search my partner cheated", "  atlas search flashbacks during sex --limit 3",
        "  atlas search jealous --json"})
final class SearchCommand implements Callable<Integer> {

  private static final int MAX_LIMIT = 50;
  private final Session session;

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "WORDS", arity = "1..*", description = "What to look for, in your own words.")
  List<String> words;

  @Option(names = {"-n", "--limit"}, paramLabel = "N", description = "At most N concepts, 1 to 50 (default: 10).")
  int limit = 10;

  SearchCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new ParameterException(spec.commandLine(), "--limit " + limit + " is out of range; valid: 1 to " + MAX_LIMIT);
    }
    SearchResults results = search(String.join(" ", words));
    if (session.json()) {
      session.printJson(AtlasJson.search(results));
    } else if (session.quiet()) {
      results.hits().forEach(hit -> session.out().println(hit.concept().id().value()));
    } else if (results.isEmpty()) {
      session.note("no concept matches '" + results.query() + "'; try other words, or 'atlas concepts' for the list");
    } else {
      print(results);
    }
    return 0;
  }

  private SearchResults search(String query) {
    try {
      return session.atlas().search(query, limit);
    } catch (IllegalArgumentException refused) {
      throw new ParameterException(spec.commandLine(), refused.getMessage());
    }
  }

  private void print(SearchResults results) {
    Printer printer = session.printer();
    Table table = Table.styled(printer.style()::accent);
    for (SearchHit hit : results.hits()) {
      String snippet = hit.snippet().isBlank() ? "" : ": " + hit.snippet();
      table.row(hit.concept().id().value(), hit.concept().label() + snippet);
    }
    printer.table(table, 0);
    // The web search page ends the same way: some people search because they are not safe.
    printer.blank();
    printer.line("If you are in danger now, call your local emergency number.");
  }
}
