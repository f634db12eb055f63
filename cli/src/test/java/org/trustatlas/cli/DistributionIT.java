package org.trustatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code ./mvnw package} leaves in cli/target, run as a user runs it, in processes of their
 * own: {@code java -jar target/atlas.jar serve} (the web adapter comes through the manifest), and
 * the archive unpacked somewhere else ({@code bin/atlas}, {@code lib/}).
 */
class DistributionIT {

  private static final Path JAR = Path.of("target/atlas.jar");
  private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

  @Test
  void theJarServesTheWebFrontEndWithOneLineAndNothingElse(@TempDir Path logs) throws Exception {
    Path out = logs.resolve("out");
    Path err = logs.resolve("err");
    Process server = new ProcessBuilder(JAVA, "-jar", JAR.toString(), "serve", "--port", "0")
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    try {
      String line = awaitFirstLine(out, server);
      assertThat(line).matches("Trust Atlas on http://127\\.0\\.0\\.1:\\d+, bundled pack, \\d+ concepts");
      String origin = line.substring("Trust Atlas on ".length(), line.indexOf(','));
      assertThat(awaitReady(origin)).as("/health/ready once the index is built").isEqualTo(200);
      assertThat(get(origin + "/concepts/infidelity").statusCode()).isEqualTo(200);
    } finally {
      server.destroy();
      assertThat(server.waitFor(30, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
    }
    assertThat(Files.readString(err)).as("no Jetty or Javalin chatter, no session manager").isEmpty();
    assertThat(Files.readAllLines(out)).as("one line only").hasSize(1);
  }

  @Test
  void theJarAnswersTheModelContextProtocolOnStdio() throws Exception {
    Process mcp = new ProcessBuilder(JAVA, "-jar", JAR.toString(), "mcp").start();
    mcp.getOutputStream().write(("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{"
        + "\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"it\",\"version\":\"1\"}}}\n")
        .getBytes(StandardCharsets.UTF_8));
    mcp.getOutputStream().close();
    String out = new String(mcp.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(mcp.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(mcp.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(out).as(err).contains("\"id\":1", "\"protocolVersion\"", "\"serverInfo\"");
    assertThat(err).doesNotContain("Exception");
  }

  @Test
  void aPortInUseIsOneLineThatSuggestsAnotherAndExitCodeOne() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();
      Process server = new ProcessBuilder(JAVA, "-jar", JAR.toString(), "serve", "--port", String.valueOf(port))
          .start();
      assertThat(server.waitFor(60, TimeUnit.SECONDS)).isTrue();
      String err = new String(server.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(server.exitValue()).isEqualTo(1);
      assertThat(err).isEqualTo("atlas: cannot listen on 127.0.0.1:" + port + " (Address already in use); "
          + "choose another port with --port N, or --port 0 for any free one\n");
      assertThat(server.getInputStream().readAllBytes()).isEmpty();
    }
  }

  @Test
  void theArchiveUnpackedAnywhereRunsWithAJdkAlone(@TempDir Path elsewhere) throws Exception {
    String atlas = unpacked(elsewhere);

    Ran version = run(elsewhere, atlas, "--version");
    assertThat(version.exitCode()).isZero();
    assertThat(version.out()).startsWith("atlas " + System.getProperty("project.version") + "\n");
    Ran concepts = run(elsewhere, atlas, "concepts");
    assertThat(concepts.exitCode()).isZero();
    assertThat(concepts.out()).contains("infidelity", "couples-therapy");
    Ran show = run(elsewhere, atlas, "show", "infidelty");
    assertThat(show.exitCode()).isEqualTo(1);
    assertThat(show.err()).contains("did you mean 'infidelity'");
  }

  /**
   * The archive's POSIX sh launcher keeps its own list of the java options whose value is the next word,
   * beside the checkout's bash launcher (LauncherTest): the same cases here, so the two cannot drift.
   */
  @Test
  void theArchivesLauncherKeepsAnOptionsNextWordAndNeverExpandsAPattern(@TempDir Path elsewhere) throws Exception {
    String atlas = unpacked(elsewhere);

    Ran opens = runWithJavaOpts(elsewhere, "--add-opens java.base/java.lang=ALL-UNNAMED", atlas, "--version");
    assertThat(opens.exitCode()).as(opens.err()).isZero();
    assertThat(opens.out()).startsWith("atlas " + System.getProperty("project.version") + "\n");
    // Both words reach java: an incubator module named this way makes java say so.
    Ran modules = runWithJavaOpts(elsewhere, "--add-modules jdk.incubator.vector", atlas, "--version");
    assertThat(modules.exitCode()).as(modules.err()).isZero();
    assertThat(modules.err()).contains("Using incubator modules: jdk.incubator.vector");

    Ran stray = runWithJavaOpts(elsewhere, "--add-opens a b", atlas, "--version");
    assertThat(stray.exitCode()).isEqualTo(2);
    assertThat(stray.err()).startsWith("atlas: ATLAS_JAVA_OPTS holds b, which is not a JVM option");

    Files.writeString(elsewhere.resolve("-Dglobbed"), "");   // what '*' would become, expanded here
    Ran glob = runWithJavaOpts(elsewhere, "*", atlas, "--version");
    assertThat(glob.exitCode()).isEqualTo(2);
    assertThat(glob.err()).startsWith("atlas: ATLAS_JAVA_OPTS holds *, which is not a JVM option");

    assumeThat(System.getProperty("sun.jnu.encoding")).as("a JVM that can hand U+202E to a process")
        .isEqualTo("UTF-8");
    Ran escape = runWithJavaOpts(elsewhere, "x\u001b[2J\u202E", atlas, "--version");
    assertThat(escape.exitCode()).isEqualTo(2);
    assertThat(escape.err()).startsWith("atlas: ATLAS_JAVA_OPTS holds x?[2J???, which")
        .doesNotContain("\u001b").doesNotContain("\u202E");
  }

  /** The distribution archive unpacked in {@code elsewhere}: its bin/atlas. */
  private static String unpacked(Path elsewhere) throws IOException, InterruptedException {
    Path archive;
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      archive = files.filter(f -> f.getFileName().toString().matches("atlas-.+\\.tar\\.gz")).findFirst().orElseThrow();
    }
    assertThat(run(elsewhere, "tar", "xzf", archive.toAbsolutePath().toString()).exitCode()).isZero();
    Path home;
    try (Stream<Path> dirs = Files.list(elsewhere)) {
      home = dirs.filter(Files::isDirectory).findFirst().orElseThrow();
    }
    assertThat(home.resolve("lib")).isDirectory();
    return home.resolve("bin/atlas").toString();
  }

  private record Ran(int exitCode, String out, String err) {}

  /** Runs a command in {@code dir} with this JVM as JAVA_HOME, so the archive's script finds it. */
  private static Ran run(Path dir, String... command) throws IOException, InterruptedException {
    return runWithJavaOpts(dir, null, command);
  }

  /** As above, with {@code javaOpts} as ATLAS_JAVA_OPTS (null: none). */
  private static Ran runWithJavaOpts(Path dir, String javaOpts, String... command)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(List.of(command)).directory(dir.toFile());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().remove("ATLAS_JAVA_OPTS");
    if (javaOpts != null) {
      builder.environment().put("ATLAS_JAVA_OPTS", javaOpts);
    }
    Process process = builder.start();
    byte[] out = process.getInputStream().readAllBytes();
    byte[] err = process.getErrorStream().readAllBytes();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Ran(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
  }

  private static String awaitFirstLine(Path out, Process server) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline && server.isAlive()) {
      String text = Files.readString(out);
      if (text.contains("\n")) {
        return text.substring(0, text.indexOf('\n'));
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no start line; the server printed: " + Files.readString(out));
  }

  private static int awaitReady(String origin) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    int status = 0;
    while (System.nanoTime() < deadline && status != 200) {
      status = get(origin + "/health/ready").statusCode();
      Thread.sleep(status == 200 ? 0 : 100);
    }
    return status;
  }

  private static HttpResponse<String> get(String url) {
    try {
      return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
          .build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
