package org.trustatlas.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.trustatlas.cli.output.Environment;
import org.trustatlas.content.AtlasServer;
import org.trustatlas.content.TrustAtlas;

/**
 * A training run for the start-up archive the {@code ./atlas} launcher makes once per build: runs
 * the common commands in one JVM, output discarded, so the classes they load are archived and every
 * later start maps them instead of loading them. Arguments (such as {@code --pack DIR}) go to every
 * run. Failures are fine here: an error path loads classes too.
 *
 * <p>{@code Training serve} trains {@code atlas serve} instead: it starts the web adapter on a free
 * port of 127.0.0.1, asks each kind of page and API route once, and stops it.
 */
public final class Training {

  private static final List<String[]> RUNS = List.of(
      new String[] {"concepts"},
      new String[] {"concepts", "--json"},
      new String[] {"show", "infidelity"},
      new String[] {"show", "infidelity", "--json"},
      new String[] {"show", "infidelty"},
      new String[] {"related", "infidelity", "--depth", "2"},
      new String[] {"search", "my", "partner", "cheated"},
      new String[] {"validate"},
      new String[] {"export", "--format", "markdown"},
      new String[] {"plan", "--challenge", "infidelity", "--role", "hurt-partner", "--region", "US"},
      new String[] {"plan", "--challenge", "intimate-partner-abuse", "--role", "survivor", "--json"},
      new String[] {"scenarios"},
      new String[] {"simulate", "--scenario", "disclosed-affair-sincere-apology", "--chart"},
      new String[] {"checkin", "--questions"},
      new String[] {"--help"},
      new String[] {"--version", "--verbose"},
      new String[] {"concepts", "--kind", "nonsense"});

  /** One request of each kind a reader's first visit makes. */
  private static final List<String> PAGES = List.of("/", "/concepts/infidelity", "/search?q=my+partner+cheated",
      "/plan", "/simulator", "/check-in", "/resources", "/privacy", "/assets/site.css", "/no-such-page",
      "/api/v1/concepts", "/api/v1/concepts/infidelity", "/api/v1/search?q=cheated", "/api/v1/openapi.json");
  private static final String PLAN = "{\"challenges\":[\"infidelity\"],\"role\":\"hurt-partner\",\"region\":\"GB\"}";

  private Training() {}

  public static void main(String[] args) {
    Main.lightenPicocli(); // as every real start does, so the archive holds what a start loads
    Environment.system(); // the console and environment classes every real start loads
    if (args.length == 1 && args[0].equals("serve")) {
      serve();
      return;
    }
    Environment environment = Environment.piped(Map.of());
    for (String[] run : RUNS) {
      String[] all = Stream.concat(Arrays.stream(args), Arrays.stream(run)).toArray(String[]::new);
      PrintWriter sink = new PrintWriter(new StringWriter());
      Cli.run(environment, sink, sink, all);
    }
  }

  private static void serve() {
    PrintWriter sink = new PrintWriter(new StringWriter());
    Cli.run(Environment.piped(Map.of()), sink, sink, "serve", "--help");
    AtlasServer server = AtlasServer.find(AtlasServer.DEFAULT).orElseThrow(() -> new IllegalStateException("no web adapter"));
    try (AtlasServer.Running running = server.start(TrustAtlas.bundled(), "127.0.0.1", 0)) {
      String base = "http://127.0.0.1:" + running.port();
      for (String path : PAGES) {
        request(base + path, null);
      }
      request(base + "/api/v1/plans", PLAN);
    }
  }

  private static void request(String url, String json) {
    try {
      HttpURLConnection connection = (HttpURLConnection) new URL(url).openConnection();
      if (json != null) {
        connection.setRequestMethod("POST");
        connection.setRequestProperty("Content-Type", "application/json");
        connection.setDoOutput(true);
        try (OutputStream body = connection.getOutputStream()) {
          body.write(json.getBytes(StandardCharsets.UTF_8));
        }
      }
      InputStream answer = connection.getResponseCode() < 400 ? connection.getInputStream() : connection.getErrorStream();
      if (answer != null) {
        try (answer) {
          answer.readAllBytes();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
