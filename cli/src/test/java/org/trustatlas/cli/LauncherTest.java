package org.trustatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checkout's launcher, {@code ./atlas}, against what it is handed before any Java runs. Each case
 * must end in the launcher itself: JAVA_HOME names no JVM, so a launcher that got as far as building
 * or running would fail differently, and fast.
 */
class LauncherTest {

  private static final Path LAUNCHER = Path.of("..", "atlas").toAbsolutePath().normalize();

  @TempDir Path folder;

  private record Ran(int exitCode, String out, String err) {}

  private Ran run(Path launcher, String javaOpts, String... args) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder("bash", launcher.toString()).directory(folder.toFile());
    builder.command().addAll(java.util.List.of(args));
    builder.environment().put("ATLAS_JAVA_OPTS", javaOpts);
    builder.environment().put("JAVA_HOME", folder.resolve("no-jvm").toString());
    Process process = builder.redirectOutput(folder.resolve("out").toFile())
        .redirectError(folder.resolve("err").toFile()).start();
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return new Ran(process.exitValue(), Files.readString(folder.resolve("out"), StandardCharsets.UTF_8),
        Files.readString(folder.resolve("err"), StandardCharsets.UTF_8));
  }

  /** A word without '-' reached java as the class to run: "Could not find or load main class foo". */
  @Test
  void aWordInAtlasJavaOptsThatIsNoOptionIsNamedAndExitsTwo() throws Exception {
    assumeThat(LAUNCHER).isRegularFile();
    Ran ran = run(LAUNCHER, "-Dok=1 foo", "--version");

    assertThat(ran.exitCode()).isEqualTo(2);
    assertThat(ran.out()).isEmpty();
    assertThat(ran.err()).isEqualTo("atlas: ATLAS_JAVA_OPTS holds foo, which is not a JVM option: each starts with "
        + "'-', and options are separated by spaces (they cannot be quoted)\n");
  }

  /** Split unquoted, '*' became the current folder's file names ('-Dglobbed' here), and went on to java. */
  @Test
  void atlasJavaOptsIsNeverExpandedAsAPatternNorEchoesAControlOrBidiCharacter() throws Exception {
    assumeThat(LAUNCHER).isRegularFile();
    Files.writeString(folder.resolve("-Dglobbed"), "");
    assertThat(run(LAUNCHER, "*", "--version").err()).startsWith("atlas: ATLAS_JAVA_OPTS holds \\*, which");

    Ran escape = run(LAUNCHER, "x\u001b[2J\u202E", "--version");
    assertThat(escape.exitCode()).isEqualTo(2);
    assertThat(escape.err()).startsWith("atlas: ATLAS_JAVA_OPTS holds $'x\\E[2J\\u202E', which")
        .doesNotContain("\u001b").doesNotContain("\u202E");
  }

  /** Run through a link (~/bin/atlas), the launcher looked for the checkout beside the link, and built there. */
  @Test
  void runThroughALinkTheLauncherFindsTheCheckoutTheLinkLeadsTo() throws Exception {
    assumeThat(LAUNCHER).isRegularFile();
    Path link = Files.createSymbolicLink(folder.resolve("atlas"), LAUNCHER);

    Ran ran = run(link, "", "--version");
    assertThat(ran.err()).doesNotContain(folder.toString());
    assertThat(folder.resolve("cli")).as("nothing made beside the link").doesNotExist();
  }
}
