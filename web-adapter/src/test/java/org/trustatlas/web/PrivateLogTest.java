package org.trustatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runs the server as its own process with request logging switched on ({@code --verbose}, and
 * every logger at info), sends a sentinel in
 * every place a reader's words can travel (query, form body, JSON body, path, headers), stops
 * it with SIGTERM, and reads everything it printed: the sentinel must appear nowhere.
 */
class PrivateLogTest {

  private static final String SENTINEL = "zebra-sentinel-7731";
  private static final Pattern ADDRESS = Pattern.compile("Trust Atlas on (http://[^,]+),");

  @Test
  void nothingAReaderSendsReachesTheLog() throws Exception {
    Process process = startServer();
    List<String> output = Collections.synchronizedList(new ArrayList<>());
    String base = awaitAddress(process, output);
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    for (HttpRequest request : requestsCarryingTheSentinel(base)) {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isLessThan(500);
    }
    process.destroy();
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
    String log = String.join("\n", output);
    assertThat(log).as("request log is on, so the test is meaningful").contains("GET /search", "POST /search",
        "POST /plan", "POST /check-in", "POST /api/v1/plans", "POST /api/v1/checkin", "POST /api/v1/simulations");
    assertThat(log).doesNotContain(SENTINEL).doesNotContain("zebra");
    assertThat(log).as("what a reader answered never reaches the log").doesNotContain("infidelity", "fear-of-partner",
        "danger-now");
  }

  private static List<HttpRequest> requestsCarryingTheSentinel(String base) {
    return List.of(
        get(base + "/search?q=" + SENTINEL),
        get(base + "/api/v1/concepts?kind=" + SENTINEL),
        get(base + "/api/v1/concepts?" + SENTINEL + "=1"),
        get(base + "/api/v1/concepts/" + SENTINEL),
        get(base + "/concepts/" + SENTINEL + "?x=" + SENTINEL),
        get(base + "/" + SENTINEL + "/nowhere"),
        HttpRequest.newBuilder(URI.create(base + "/search")).header("Content-Type", "application/x-www-form-urlencoded")
            .header("User-Agent", SENTINEL).header("Referer", "http://example.test/" + SENTINEL)
            .POST(HttpRequest.BodyPublishers.ofString("q=" + SENTINEL)).build(),
        HttpRequest.newBuilder(URI.create(base + "/search")).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"answer\":\"" + SENTINEL + "\"}")).build(),
        HttpRequest.newBuilder(URI.create(base + "/api/v1/concepts"))
            .POST(HttpRequest.BodyPublishers.ofString(SENTINEL)).build(),
        get(base + "/api/v1/search?q=" + SENTINEL),
        get(base + "/api/v1/resources?region=" + SENTINEL),
        form(base + "/plan", "challenge=infidelity&challenge=" + SENTINEL + "&role=hurt-partner&flag-fear-of-partner=yes"),
        form(base + "/plan", "challenge=infidelity&role=hurt-partner&flag-fear-of-partner=yes&region=GB"),
        form(base + "/check-in", "q-danger-now=" + SENTINEL),
        form(base + "/check-in", "q-danger-now=yes"),
        form(base + "/simulator", "events=" + SENTINEL),
        form(base + "/simulator", "events=id%3A+x%0Atitle%3A+" + SENTINEL + "%0Asteps%3A+5%0A"),
        json(base + "/api/v1/plans", "{\"challenges\":[\"" + SENTINEL + "\"],\"role\":\"both\"}"),
        json(base + "/api/v1/plans", "{\"challenges\":[\"infidelity\"],\"role\":\"both\",\"flags\":{\"fear-of-partner\":\"yes\"}}"),
        json(base + "/api/v1/checkin", "{\"answers\":{\"danger-now\":\"" + SENTINEL + "\"}}"),
        json(base + "/api/v1/checkin", "{\"answers\":{\"danger-now\":\"yes\"}}"),
        json(base + "/api/v1/simulations", "{\"id\":\"x\",\"title\":\"" + SENTINEL + "\",\"steps\":5}"),
        json(base + "/api/v1/simulations", "{\"scenario\":\"" + SENTINEL + "\"}"),
        json(base + "/api/v1/simulations", "{\"" + SENTINEL + "\""));
  }

  private static HttpRequest form(String url, String body) {
    return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
  }

  private static HttpRequest json(String url, String body) {
    return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
  }

  private static HttpRequest get(String url) {
    return HttpRequest.newBuilder(URI.create(url)).header("Cookie", "c=" + SENTINEL).GET().build();
  }

  private static Process startServer() throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        "-Dorg.slf4j.simpleLogger.log.org.trustatlas.web.requests=info",
        "-Dorg.slf4j.simpleLogger.defaultLogLevel=info", "-Dorg.slf4j.simpleLogger.showDateTime=true",
        WebMain.class.getName(), "--port", "0", "--pack", TestServer.resource("/packs/minimal").toString(),
        "--verbose");
    return builder.redirectErrorStream(true).start();
  }

  /** Reads the process's output on a thread, returning the server's address once printed. */
  private static String awaitAddress(Process process, List<String> output) throws InterruptedException {
    java.util.concurrent.CompletableFuture<String> address = new java.util.concurrent.CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          output.add(line);
          Matcher m = ADDRESS.matcher(line);
          if (m.find()) {
            address.complete(m.group(1));
          }
        }
      } catch (IOException ignored) {
        // the process ended
      }
      address.complete(null);
    });
    reader.setDaemon(true);
    reader.start();
    try {
      String found = address.get(60, TimeUnit.SECONDS);
      assertThat(found).as("server printed its address: " + output).isNotNull();
      return found;
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      process.destroyForcibly();
      throw new AssertionError("server did not start: " + output, e);
    }
  }
}
