package org.trustatlas.cli.commands;

import java.util.List;
import java.util.concurrent.Callable;
import org.trustatlas.cli.output.Printer;
import org.trustatlas.cli.output.Table;
import org.trustatlas.content.json.AtlasJson;
import org.trustatlas.content.search.SearchHit;
import org.trustatlas.content.search.SearchResults;
import org.trustatlas.core.safety.Region;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "search", description = {"Find the concepts your words most likely mean, best first.",
    "Aliases and stems count: 'my partner cheated' finds infidelity. Words that signal danger ('he chokes me', "
        + "'i want to die') put the emergency number and the right services first, also when no concept matches."},
    footer = {"%nExamples:", "  atlas search my partner cheated", "  atlas search flashbacks during sex --limit 3",
        "  atlas search jealous --json", "  atlas search he hits me --region UK",
        "%nWhat you type after a command stays in your shell's history. 'atlas checkin' asks its questions "
            + "instead and keeps nothing."})
final class SearchCommand implements Callable<Integer> {

  private static final int MAX_LIMIT = 50;
  private final Session session;

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "WORDS", arity = "1..*", description = "What to look for, in your own words.")
  List<String> words;

  @Option(names = {"-n", "--limit"}, paramLabel = "N", description = "At most N concepts, 1 to 50 (default: 10).")
  int limit = 10;

  @Option(names = "--region", paramLabel = "CC", converter = Regions.class,
      description = "Where you are, for the emergency number and services: a country code such as US, CA, GB (or "
          + "UK), AU, or a country's name (default: your system's country).")
  Regions.Choice region;

  SearchCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new ParameterException(spec.commandLine(), "--limit " + limit + " is out of range; valid: 1 to " + MAX_LIMIT);
    }
    Region where = Regions.resolve(region);
    SearchResults results = search(String.join(" ", words), where);
    if (region != null && region.unrecognised() && !results.dangerRecognised()) {
      throw Regions.unrecognised(spec, region);
    }
    if (session.json()) {
      session.printJson(AtlasJson.search(results));
    } else if (session.quiet()) {
      results.hits().forEach(hit -> session.out().println(hit.concept().id().value()));
      if (results.dangerRecognised()) {
        session.warn("In an emergency, call " + String.join(" or ", results.safety().emergencyNumber().numbers())
            + "; 'atlas search' without -q lists the services to turn to.");
      }
    } else {
      print(results, where);
    }
    return 0;
  }

  private SearchResults search(String query, Region where) {
    try {
      return session.atlas().search(query, limit, where);
    } catch (IllegalArgumentException refused) {
      throw new ParameterException(spec.commandLine(), refused.getMessage());
    }
  }

  // With danger recognised, the safety block comes first; otherwise the concepts come first and the
  // block, then only the emergency number, closes the answer: some people search because they are
  // not safe and do not say so.
  private void print(SearchResults results, Region where) {
    Printer printer = session.printer();
    String regionNote = Regions.note(session.atlas().wording(), region, where);
    if (results.dangerRecognised()) {
      new SafetyView(printer, session.atlas().wording()).print(results.safety(), where, regionNote);
      printer.blank();
    }
    if (results.isEmpty()) {
      session.note("no concept matches '" + results.query() + "'; try other words, or 'atlas concepts' for the list");
    } else {
      Table table = Table.styled(printer.style()::accent);
      for (SearchHit hit : results.hits()) {
        String snippet = hit.snippet().isBlank() ? "" : ": " + hit.snippet();
        table.row(hit.concept().id().value(), hit.concept().label() + snippet);
      }
      printer.table(table, 0);
    }
    if (!results.dangerRecognised()) {
      if (!results.isEmpty()) {
        printer.blank();
      }
      new SafetyView(printer, session.atlas().wording()).print(results.safety(), where, regionNote);
    }
  }
}
