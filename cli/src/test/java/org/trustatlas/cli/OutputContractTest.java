package org.trustatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What every command promises about its output: colour, width, errors, exit codes. */
class OutputContractTest {

  private static final String ESCAPE = "\u001b[";

  @Test
  void aTerminalGetsColourAndBold() {
    AtlasRun.Result result = AtlasRun.onTerminal().inPack("minimal", "show", "faith");

    assertThat(result.out()).contains(ESCAPE + "1mFaith");
  }

  @Test
  void noColorInTheEnvironmentTurnsColourOffEvenOnATerminal() {
    AtlasRun.Result show = AtlasRun.onTerminal().with("NO_COLOR", "1").inPack("minimal", "show", "faith");
    AtlasRun.Result help = AtlasRun.onTerminal().with("NO_COLOR", "1").run("--help");

    assertThat(show.out()).doesNotContain(ESCAPE);
    assertThat(help.out()).doesNotContain(ESCAPE);
  }

  @Test
  void theNoColorOptionTurnsColourOffForOutputErrorsAndHelp() {
    assertThat(AtlasRun.onTerminal().inPack("minimal", "show", "faith", "--no-color").out()).doesNotContain(ESCAPE);
    assertThat(AtlasRun.onTerminal().inPack("minimal", "show", "nope", "--no-color").err()).doesNotContain(ESCAPE);
    assertThat(AtlasRun.onTerminal().run("concepts", "--help", "--no-color").out()).doesNotContain(ESCAPE);
  }

  @Test
  void aPipeGetsNoEscapeCodesAnywhere() {
    AtlasRun run = AtlasRun.piped();

    assertThat(run.inPack("minimal", "show", "faith").out()).doesNotContain(ESCAPE);
    assertThat(run.inPack("minimal", "concepts").out()).doesNotContain(ESCAPE);
    assertThat(run.inPack("minimal", "related", "faith", "--depth", "2").out()).doesNotContain(ESCAPE);
    assertThat(run.inPack("minimal", "show", "nope").err()).doesNotContain(ESCAPE);
    assertThat(run.run("--help").out()).doesNotContain(ESCAPE);
  }

  @Test
  void textWrapsToColumns() {
    AtlasRun.Result result = AtlasRun.piped().with("COLUMNS", "40").inPack("minimal", "show", "infidelity");

    assertThat(result.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(40));
    assertThat(result.out()).contains("  A breach of an agreement about\n  exclusivity.");
  }

  @Test
  void globalOptionsWorkBeforeAndAfterTheCommand() {
    String pack = AtlasRun.pack("minimal").toString();

    AtlasRun.Result before = AtlasRun.piped().run("--pack", pack, "--json", "concepts");
    AtlasRun.Result after = AtlasRun.piped().run("concepts", "--json", "--pack", pack);

    assertThat(before.out()).startsWith("[ {").isEqualTo(after.out());
  }

  @Test
  void versionWorksOnEveryCommand() {
    assertThat(AtlasRun.piped().run("--version").out()).startsWith("atlas ").contains("Java ");
    assertThat(AtlasRun.piped().run("show", "--version").out()).startsWith("atlas ");
  }

  @Test
  void versionVerboseSaysWhichStartUpArchiveTheLauncherGaveTheJvm() {
    assertThat(AtlasRun.piped().run("--version").out()).doesNotContain("Start-up archive");
    assertThat(AtlasRun.piped().run("--version", "--verbose").out())
        .contains("Start-up archive: none (started without the ./atlas launcher)");
    String before = System.setProperty("trustatlas.startup", "AOT cache cli/target/cds/atlas.aot");
    try {
      assertThat(AtlasRun.piped().run("--verbose", "--version").out())
          .contains("Start-up archive: AOT cache cli/target/cds/atlas.aot");
    } finally {
      if (before == null) {
        System.clearProperty("trustatlas.startup");
      } else {
        System.setProperty("trustatlas.startup", before);
      }
    }
  }

  @Test
  void helpCommandShowsTheHelpOfACommand() {
    AtlasRun.Result result = AtlasRun.piped().run("help", "related");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("Usage: atlas related ").contains("--depth=N", "Examples:");
  }

  @Test
  void anUnknownCommandSuggestsTheNearestInOneLineWithExitTwo() {
    AtlasRun.Result result = AtlasRun.piped().run("concpts");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err().lines()).singleElement().asString()
        .startsWith("atlas: unknown command 'concpts'; did you mean 'concepts'");
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    AtlasRun.Result result = AtlasRun.piped().inPack("minimal", "concepts", "--kinds", "challenge");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err().lines()).singleElement().asString().startsWith("atlas concepts: unknown option '--kinds'");
  }

  @Test
  void noCommandIsAUsageError() {
    AtlasRun.Result result = AtlasRun.piped().run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("atlas: a command is required, such as 'atlas concepts'. See 'atlas --help'.\n");
  }

  @Test
  void errorsAreOneLineAndStackTracesComeOnlyWithVerbose() {
    AtlasRun.Result quiet = AtlasRun.piped().inPack("minimal", "show", "nope");
    AtlasRun.Result verbose = AtlasRun.piped().inPack("minimal", "show", "nope", "--verbose");

    assertThat(quiet.err().lines()).hasSize(1);
    assertThat(verbose.err().lines().count()).isGreaterThan(3);
    assertThat(verbose.err()).contains("at org.trustatlas.cli.commands.Lookup");
  }

  @Test
  void aMissingPackFolderIsNamed() {
    AtlasRun.Result result = AtlasRun.piped().run("concepts", "--pack", "does/not/exist");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("atlas concepts: pack folder 'does/not/exist' does not exist. "
        + "See 'atlas concepts --help'.\n");
  }
}
