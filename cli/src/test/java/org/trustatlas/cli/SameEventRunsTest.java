package org.trustatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.trustatlas.content.AtlasServer;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.content.read.EventRuns;
import org.trustatlas.core.dynamics.Event;
import org.trustatlas.core.dynamics.Scenario;

/**
 * For every bundled scenario, {@code atlas simulate} and the web simulator page list the same event
 * runs, said alike: each event with the same weeks, then each reason for refusing repair once, with
 * the same weeks and events. Both are read as a reader meets them, from the text and the page.
 */
class SameEventRunsTest {

  /** A table row: the weeks, two or more spaces, then what happens (its first line, when it wraps). */
  private static final Pattern CLI_ROW = Pattern.compile("^  (weeks? \\S+(?: \\S+)*?) {2,}(\\S.*)$");
  private static final Pattern WEB_LINE = Pattern.compile("<li><strong>([^<]*):</strong> ([^<]*)</li>");

  /** One line of an event list, weeks and what happens, as the read model says them. */
  private record Line(String weeks, String what) {}

  @Test
  void theCliAndTheWebListTheSameEventRunsForEveryBundledScenario() throws Exception {
    TrustAtlas atlas = TrustAtlas.bundled();
    assertThat(atlas.scenarios()).isNotEmpty();
    boolean sawRefusals = false;
    try (AtlasServer.Running server = web().start(atlas, "127.0.0.1", 0)) {
      HttpClient http = HttpClient.newHttpClient();
      for (Scenario scenario : atlas.scenarios()) {
        EventRuns runs = EventRuns.of(atlas.simulate(scenario));
        List<Line> events = runs.events().stream()
            .map(run -> new Line(run.weeks().phrase(), run.event().describe())).toList();
        List<Line> refusals = runs.refusals().stream()
            .map(run -> new Line(run.weeks().phrase(), described(run.events()))).toList();
        sawRefusals |= !refusals.isEmpty();

        String text = AtlasRun.piped().run("simulate", "--scenario", scenario.id()).out();
        assertThat(rows(section(text, "Events"))).as("atlas simulate events, " + scenario.id()).isEqualTo(events);
        List<Line> refused = rows(section(text, "Not applied as repair"));
        assertThat(refused).extracting(Line::weeks).as("atlas simulate refusals, " + scenario.id())
            .isEqualTo(refusals.stream().map(Line::weeks).toList());
        for (int i = 0; i < refused.size(); i++) {
          // The CLI's row goes on with the reason and wraps, so its first line and the events agree as far as both go.
          String shown = refused.get(i).what().toLowerCase(Locale.ROOT);
          String said = refusals.get(i).what().toLowerCase(Locale.ROOT);
          assertThat(shown.startsWith(said) || said.startsWith(shown)).as(scenario.id() + ": " + shown).isTrue();
        }

        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(
            "http://127.0.0.1:" + server.port() + "/simulator?scenario=" + scenario.id())).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as(scenario.id()).isEqualTo(200);
        List<Line> web = lines(page.body());
        List<Line> expected = new ArrayList<>(events);
        refusals.forEach(line -> expected.add(new Line(line.weeks(), line.what() + " (not applied; the summary says why)")));
        assertThat(web).as("web simulator events, " + scenario.id()).isEqualTo(expected);
      }
    }
    assertThat(sawRefusals).as("a bundled scenario refuses repair, so refusals are compared too").isTrue();
  }

  private static String described(List<Event> events) {
    return String.join(", ", events.stream().map(Event::describe).toList());
  }

  /** The lines under {@code heading} up to the next blank line; empty when the heading is not there. */
  private static List<String> section(String text, String heading) {
    List<String> lines = text.lines().toList();
    int at = lines.indexOf(heading);
    if (at < 0) {
      return List.of();
    }
    return lines.subList(at + 1, lines.size()).stream().takeWhile(line -> !line.isBlank()).toList();
  }

  /** The rows that start a table row; a wrapped row's further lines start further in and are skipped. */
  private static List<Line> rows(List<String> section) {
    List<Line> rows = new ArrayList<>();
    for (String line : section) {
      Matcher row = CLI_ROW.matcher(line);
      if (row.matches()) {
        rows.add(new Line(row.group(1), row.group(2).strip()));
      }
    }
    return rows;
  }

  /** The page's event list, weeks in the CLI's lower case at the start so both read alike. */
  private static List<Line> lines(String html) {
    int start = html.indexOf("<ul class=\"events\">");
    if (start < 0) {
      return List.of();
    }
    Matcher line = WEB_LINE.matcher(html.substring(start, html.indexOf("</ul>", start)));
    List<Line> lines = new ArrayList<>();
    while (line.find()) {
      String weeks = line.group(1);
      lines.add(new Line(Character.toLowerCase(weeks.charAt(0)) + weeks.substring(1), unescape(line.group(2))));
    }
    return lines;
  }

  private static String unescape(String html) {
    return html.replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&amp;", "&");
  }

  /** The web adapter's server, not the CLI tests' fake one, which the service list names first. */
  private static AtlasServer web() {
    return ServiceLoader.load(AtlasServer.class).stream().map(ServiceLoader.Provider::get)
        .filter(server -> server.getClass().getName().startsWith("org.trustatlas.web.")).findFirst().orElseThrow();
  }
}
