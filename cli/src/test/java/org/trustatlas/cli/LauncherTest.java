package org.trustatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    return run(launcher, folder.resolve("no-jvm"), javaOpts, args);
  }

  private Ran run(Path launcher, Path javaHome, String javaOpts, String... args)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder("bash", launcher.toString()).directory(folder.toFile());
    builder.command().addAll(List.of(args));
    builder.environment().put("ATLAS_JAVA_OPTS", javaOpts);
    builder.environment().put("JAVA_HOME", javaHome.toString());
    // bash quotes and matches characters beyond ASCII only in a UTF-8 locale, which a CI machine may not set.
    builder.environment().put("LC_ALL", "C.UTF-8");
    Process process = builder.redirectOutput(folder.resolve("out").toFile())
        .redirectError(folder.resolve("err").toFile()).start();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the launcher did not end within 30 seconds");
    }
    return new Ran(process.exitValue(), Files.readString(folder.resolve("out"), StandardCharsets.UTF_8),
        Files.readString(folder.resolve("err"), StandardCharsets.UTF_8));
  }

  /**
   * A checkout of the launcher alone, built and with its start-up archive current, and a JVM that only
   * prints the arguments it is given: the launcher runs to its end without building, making an archive
   * or touching the real checkout, and what it would have run is in its output.
   */
  private Path fakeCheckoutAndJvm() throws IOException {
    Path checkout = Files.createDirectories(folder.resolve("checkout"));
    Files.copy(LAUNCHER, checkout.resolve("atlas"));
    Path target = Files.createDirectories(checkout.resolve("cli/target"));
    Path java = Files.createDirectories(folder.resolve("jdk/bin")).resolve("java");
    Files.writeString(java, "#!/bin/sh\necho \"$@\"\n");
    assertThat(java.toFile().setExecutable(true)).isTrue();
    Files.createFile(target.resolve("atlas.jar"));
    Files.createDirectories(target.resolve("lib"));
    Files.createDirectories(target.resolve("cds"));
    Files.createSymbolicLink(target.resolve("cds/jvm"), java);
    // Made after the jar, as a build leaves them: nothing is stale, the archive is current.
    long later = System.currentTimeMillis() + 2_000;
    Files.createFile(target.resolve("atlas.built")).toFile().setLastModified(later);
    Files.createFile(target.resolve("cds/made")).toFile().setLastModified(later);
    return checkout;
  }

  /** A word without '-' reached java as the class to run: "Could not find or load main class foo". */
  @Test
  void aWordInAtlasJavaOptsThatIsNoOptionIsNamedAndExitsTwo() throws Exception {
    assumeThat(LAUNCHER).isRegularFile();
    Ran ran = run(LAUNCHER, "-Dok=1 foo", "--version");

    assertThat(ran.exitCode()).isEqualTo(2);
    assertThat(ran.out()).isEmpty();
    assertThat(ran.err()).isEqualTo("atlas: ATLAS_JAVA_OPTS holds foo, which is not a JVM option: each starts with "
        + "'-' (or is the value after one such as --add-opens), and options are separated by spaces (they cannot be "
        + "quoted)\n");
  }

  /** Split unquoted, '*' became the current folder's file names ('-Dglobbed' here), and went on to java. */
  @Test
  void atlasJavaOptsIsNeverExpandedAsAPatternNorEchoesAControlOrBidiCharacter() throws Exception {
    assumeThat(LAUNCHER).isRegularFile();
    Files.writeString(folder.resolve("-Dglobbed"), "");
    assertThat(run(LAUNCHER, "*", "--version").err()).startsWith("atlas: ATLAS_JAVA_OPTS holds \\*, which");

    assumeThat(System.getProperty("sun.jnu.encoding")).as("a JVM that can hand U+202E to a process")
        .isEqualTo("UTF-8");
    Ran escape = run(LAUNCHER, "x\u001b[2J\u202E", "--version");
    assertThat(escape.exitCode()).isEqualTo(2);
    assertThat(escape.err()).startsWith("atlas: ATLAS_JAVA_OPTS holds $'x\\E[2J\\u202E', which")
        .doesNotContain("\u001b").doesNotContain("\u202E");
  }

  /** Run through a link (~/bin/atlas), the launcher looked for the checkout beside the link, and built there. */
  @Test
  void runThroughALinkTheLauncherFindsTheCheckoutTheLinkLeadsTo() throws Exception {
    assumeThat(LAUNCHER).isRegularFile();
    Path checkout = fakeCheckoutAndJvm();
    Path link = Files.createSymbolicLink(Files.createDirectories(folder.resolve("bin")).resolve("atlas"),
        checkout.resolve("atlas"));

    Ran ran = run(link, folder.resolve("jdk"), "", "--version");
    assertThat(ran.exitCode()).as(ran.err()).isZero();
    assertThat(ran.out()).contains("-cp " + checkout.toRealPath().resolve("cli/target/atlas.jar")
        + " org.trustatlas.cli.Main --version");
    assertThat(folder.resolve("bin/cli")).as("nothing made beside the link").doesNotExist();
  }

  /** java reads some options' values as the next word; refusing that word broke a working --add-opens. */
  @Test
  void anOptionWhoseValueIsTheNextWordKeepsIt() throws Exception {
    assumeThat(LAUNCHER).isRegularFile();
    Path checkout = fakeCheckoutAndJvm();

    Ran ran = run(checkout.resolve("atlas"), folder.resolve("jdk"),
        "--add-opens java.base/java.lang=ALL-UNNAMED -Dok=1", "--version");
    assertThat(ran.exitCode()).as(ran.err()).isZero();
    assertThat(ran.out()).contains("--add-opens java.base/java.lang=ALL-UNNAMED -Dok=1 -cp ");
    assertThat(run(checkout.resolve("atlas"), folder.resolve("jdk"), "--add-opens a b", "--version").err())
        .startsWith("atlas: ATLAS_JAVA_OPTS holds b, which is not a JVM option");
  }

  /** Every command asks whether a source changed since the last build; an edit deep in a pack must count. */
  @Test
  void aSourceEditedOrDeletedSinceTheLastBuildAnywhereUnderSrcMainStartsABuildAndATestDoesNot() throws Exception {
    assumeThat(LAUNCHER).isRegularFile();
    Path checkout = fakeCheckoutAndJvm();
    long built = Files.getLastModifiedTime(checkout.resolve("cli/target/atlas.built")).toMillis();
    Path pack = Files.createDirectories(checkout.resolve("content-model/src/main/resources/org/pack/concepts"));
    Path concepts = Files.writeString(pack.resolve("challenges.yaml"), "concepts: []\n");
    Path hidden = Files.writeString(Files.createDirectories(checkout.resolve("core/src/main")).resolve(".settings"), "");
    for (Path path : List.of(concepts, hidden, pack, pack.getParent(), pack.getParent().getParent(),
        checkout.resolve("content-model/src/main/resources/org"), checkout.resolve("content-model/src/main/resources"),
        checkout.resolve("content-model/src/main"), checkout.resolve("core/src/main"))) {
      assertThat(path.toFile().setLastModified(built - 60_000)).isTrue();
    }

    Path test = Files.createDirectories(checkout.resolve("core/src/test/java"));
    Files.writeString(test.resolve("SomeTest.java"), "").toFile().setLastModified(built + 60_000);
    Ran unchanged = run(checkout.resolve("atlas"), folder.resolve("jdk"), "", "--version");
    assertThat(unchanged.exitCode()).as(unchanged.err()).isZero();
    assertThat(unchanged.err()).as("tests are no source of the build ./atlas runs").doesNotContain("Building");

    assertThat(concepts.toFile().setLastModified(built + 60_000)).isTrue();
    Ran edited = run(checkout.resolve("atlas"), folder.resolve("jdk"), "", "--version");
    assertThat(edited.err()).startsWith("Building Trust Atlas");

    assertThat(concepts.toFile().setLastModified(built - 60_000)).isTrue();
    assertThat(hidden.toFile().setLastModified(built + 60_000)).isTrue();
    assertThat(run(checkout.resolve("atlas"), folder.resolve("jdk"), "", "--version").err())
        .as("a file whose name starts with a dot is a source too").startsWith("Building Trust Atlas");

    assertThat(hidden.toFile().setLastModified(built - 60_000)).isTrue();
    Files.delete(concepts);
    assertThat(pack.toFile().setLastModified(built + 60_000)).isTrue();   // as deleting the file leaves it
    assertThat(run(checkout.resolve("atlas"), folder.resolve("jdk"), "", "--version").err())
        .as("a file deleted from the pack").startsWith("Building Trust Atlas");
  }
}
