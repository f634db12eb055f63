package org.trustatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.trustatlas.cli.output.AtomicFile;
import org.trustatlas.cli.output.Environment;

/**
 * The command line against input meant to harm (issue 15): files that are not files, endless and
 * huge input, runs that would amplify into millions of events, terminal escapes, an absurd width, and
 * exports that fail half way. Each ends fast in a clear refusal that quotes nothing large.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class HostileInputTest {

  private static final char ESC = '\u001b';

  @TempDir Path folder;

  private Path file(String name, String text) throws IOException {
    return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void anEventsFileThatAmplifiesToMillionsOfEventsIsRefusedBeforeItRuns() throws IOException {
    StringBuilder events = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      events.append("  - {at: 1, every: 1, until: 10000, type: positive-act, magnitude: 0.5}\n");
    }
    Path file = file("amplify.yaml", "id: x\ntitle: X\nsteps: 10000\nevents:\n" + events);

    AtlasRun.Result result = AtlasRun.piped().run("simulate", "--events", file.toString(), "--json");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).startsWith("atlas: the run is too large: the events come to 1000000 once each 'every' "
        + "is repeated; a run applies at most 10000");
  }

  @Test
  void stepsBeyondTheLimitAreAUsageErrorNamingTheLimit() {
    AtlasRun.Result result = AtlasRun.piped().run("simulate", "--scenario", "late-breach", "--steps", "10001");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("must be between 1 and 10000");
  }

  /** picocli's own words were "'1e309' is not an int", naming neither the option nor what it takes. */
  @Test
  void aNumberOptionGivenSomethingElseNamesTheOptionAndAsksForAWholeNumber() {
    AtlasRun.Result limit = AtlasRun.piped().run("search", "cheat", "--limit", "1e309");
    assertThat(limit.exitCode()).isEqualTo(2);
    assertThat(limit.err()).startsWith("atlas search: --limit '1e309' is not a whole number");
    assertThat(AtlasRun.piped().run("related", "infidelity", "--depth", "99999999999").err())
        .startsWith("atlas related: --depth '99999999999' is not a whole number");
    assertThat(AtlasRun.piped().run("simulate", "--scenario", "late-breach", "--seed", "abc").err())
        .startsWith("atlas simulate: --seed 'abc' is not a whole number");
    assertThat(AtlasRun.piped().run("search", "cheat", "--limit", "x".repeat(5000)).err()).hasSizeLessThan(300);
  }

  /** An empty path is the current folder to Java: '--events ""' said "'' is a folder", 'validate ""' validated it. */
  @Test
  void anEmptyPathIsAUsageErrorRatherThanTheCurrentFolder() {
    for (String[] args : List.of(new String[] {"simulate", "--events", ""},
        new String[] {"export", "--format", "json", "--out", ""}, new String[] {"validate", ""},
        new String[] {"--pack", " ", "concepts"}, new String[] {"checkin", "--answers", ""})) {
      AtlasRun.Result result = AtlasRun.piped().run(args);
      assertThat(result.exitCode()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(result.err()).as(String.join(" ", args)).contains(" is empty; give ");
    }
  }

  /** 'show ""' looked the empty id up and answered "unknown concept ''" with exit 1, as if the atlas lacked it. */
  @Test
  void anEmptyOrBlankArgumentIsAUsageErrorNamingIt() {
    for (String[] args : List.of(new String[] {"show", ""}, new String[] {"show", "   "}, new String[] {"related", ""},
        new String[] {"related", "infidelity", "--to", " "}, new String[] {"simulate", "--scenario", ""},
        new String[] {"search", "cheating", ""}, new String[] {"plan", "--challenge", "infidelity", "--region", ""})) {
      AtlasRun.Result result = AtlasRun.piped().run(args);
      assertThat(result.exitCode()).as(String.join("|", args)).isEqualTo(2);
      assertThat(result.out()).as(String.join("|", args)).isEmpty();
      assertThat(result.err()).as(String.join("|", args)).startsWith("atlas " + args[0] + ": ")
          .containsPattern(" is (empty|blank); give ").endsWith(" See 'atlas " + args[0] + " --help'.\n");
    }
    assertThat(AtlasRun.piped().run("show", "").err())
        .isEqualTo("atlas show: ID is empty; give a value. See 'atlas show --help'.\n");
  }

  /**
   * An argument is refused by the rule the web reads a query value with: no control character but
   * newline and tab, no half of a surrogate pair. 'show' looked such an id up (exit 1), 'search'
   * searched it.
   */
  @Test
  void anArgumentHoldingAControlCharacterOrHalfASurrogatePairIsAUsageErrorNamingIt() {
    for (String[] args : List.of(new String[] {"show", "fa" + ESC + "ith"}, new String[] {"search", "he\u0007hits"},
        new String[] {"related", "infidelity", "--to", "fa\u0000ith"}, new String[] {"show", "faith\uD800"},
        new String[] {"simulate", "--scenario", "late\u009Bbreach"})) {
      AtlasRun.Result result = AtlasRun.piped().run(args);
      assertThat(result.exitCode()).as(String.join("|", args)).isEqualTo(2);
      assertThat(result.out()).as(String.join("|", args)).isEmpty();
      assertThat(result.err()).as(String.join("|", args)).startsWith("atlas " + args[0] + ": ")
          .containsPattern("(ID|WORDS|--to|--scenario) holds (the control character U\\+00|half of a UTF-16 surrogate pair)")
          .doesNotContain(String.valueOf(ESC));
    }
    assertThat(AtlasRun.piped().run("show", "fa" + ESC + "ith").err()).isEqualTo("atlas show: ID holds the control "
        + "character U+001B (character 3); only line breaks and tabs may appear in text. See 'atlas show --help'.\n");
  }

  /**
   * picocli read an argument starting with '@' as a file of more arguments: 'show @notes' showed the
   * concept a file named there held, and 'search @/dev/zero' read an endless device into memory. An
   * argument is taken as written.
   */
  @Test
  void anArgumentStartingWithAnAtSignIsTakenAsWrittenNotReadAsAFileOfArguments() throws IOException {
    Path ids = file("ids", "faith\n");

    AtlasRun.Result result = AtlasRun.piped().run("show", "@" + ids);

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).startsWith("atlas: unknown concept '@");
  }

  @Test
  void theHelpStatesTheLimits() {
    assertThat(AtlasRun.piped().run("simulate", "--help").out().replaceAll("\\s+", " "))
        .contains("at most 10000 weeks and applies at most 10000 events");
  }

  @Test
  void anEventsFileThatIsADeviceOrAPipeIsRefusedWithoutReadingIt() throws Exception {
    assumeThat(Path.of("/dev/zero")).exists();
    Path zero = Files.createSymbolicLink(folder.resolve("zero.yaml"), Path.of("/dev/zero"));
    assertThat(AtlasRun.piped().run("simulate", "--events", zero.toString()).err())
        .isEqualTo("atlas simulate: --events '" + zero + "' is not a regular file (a device, pipe or socket); give a "
            + "file. See 'atlas simulate --help'.\n");

    Path fifo = folder.resolve("fifo.yaml");
    assumeThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    AtlasRun.Result result = AtlasRun.piped().run("simulate", "--events", fifo.toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("is not a regular file");
  }

  /** 'validate /dev/zero' and '--pack FIFO' were exit 1, as an invalid pack is; naming the wrong thing is a usage error. */
  @Test
  void aPackFolderThatIsADeviceAPipeOrAFileIsAUsageError() throws Exception {
    Path fifo = folder.resolve("fifo");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assumeThat(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).as("mkfifo made a pipe").isTrue();
    Path file = file("pack.yaml", "id: x\n");
    for (String target : new String[] {"/dev/zero", fifo.toString(), file.toString()}) {
      for (String[] args : List.of(new String[] {"validate", target}, new String[] {"--pack", target, "concepts"},
          new String[] {"validate", target, "--json"})) {
        AtlasRun.Result result = AtlasRun.piped().run(args);

        assertThat(result.exitCode()).as(String.join(" ", args)).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).as(String.join(" ", args)).startsWith("atlas " + (args[0].equals("validate")
            ? "validate" : "concepts") + ": pack folder '" + target + "' is ").contains("not a folder", "See 'atlas ")
            .hasLineCount(1);
      }
    }
    assertThat(AtlasRun.piped().run("validate", file.toString()).err()).contains("is a file, not a folder");
    assertThat(AtlasRun.piped().run("validate", "/dev/zero").err()).contains("(a device, pipe or socket)");
  }

  @Test
  void anEventsFileOverTheDocumentLimitIsRefusedBySize() throws IOException {
    Path big = file("big.yaml", "id: x\ntitle: X\nsteps: 10\ndescription: " + "d".repeat(70_000) + "\n");

    AtlasRun.Result result = AtlasRun.piped().run("simulate", "--events", big.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("is " + Files.size(big) + " bytes; at most 65536 are read");
  }

  @Test
  void anEventsFileWithARepeatedKeyIsRefusedWithBothPlaces() throws IOException {
    Path file = file("twice.yaml", "id: x\ntitle: X\nsteps: 10\nsteps: 5000\n");

    AtlasRun.Result result = AtlasRun.piped().run("simulate", "--events", file.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains(file + ":4:1: duplicate key 'steps': it is also at line 3, column 1");
  }

  @Test
  void answersFromAnEndlessStandardInputAreRefusedAfterTheLimit() {
    InputStream before = System.in;
    System.setIn(new InputStream() {
      @Override
      public int read() {
        return 0;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        Arrays.fill(b, off, off + len, (byte) 0);
        return len;
      }
    });
    try {
      AtlasRun.Result result = AtlasRun.piped().run("checkin", "--answers", "-");

      assertThat(result.exitCode()).isEqualTo(2);
      assertThat(result.err()).isEqualTo("atlas checkin: --answers '-' is more than 65536 bytes; at most 65536 are "
          + "read. See 'atlas checkin --help'.\n");
    } finally {
      System.setIn(before);
    }
  }

  /**
   * Started with standard input closed ('atlas mcp <&-'), the JVM's first file takes descriptor 0 (on
   * Linux its 128 MB modules image), and System.in reads that: mcp answered it with a parse error per
   * line on standard output, and '--answers -' or '/dev/stdin' called it more than 65536 bytes.
   */
  @Test
  void aClosedStandardInputIsClosedNotTheFileTheJvmOpenedInItsPlace() throws Exception {
    assumeThat(Files.isSymbolicLink(Path.of("/proc/self/fd/0"))).as("Linux's /proc").isTrue();
    Ran mcp = withStandardInputClosed("mcp");
    assertThat(mcp.exitCode()).isZero();
    assertThat(mcp.out()).isEmpty();
    assertThat(mcp.err()).contains("standard input is closed").doesNotContain("Exception");

    for (String[] args : List.of(new String[] {"checkin", "--answers", "-"},
        new String[] {"checkin", "--answers", "/dev/stdin"}, new String[] {"simulate", "--events", "/dev/stdin"})) {
      Ran ran = withStandardInputClosed(args);
      assertThat(ran.exitCode()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(ran.out()).isEmpty();
      assertThat(ran.err()).as(String.join(" ", args)).isEqualTo("atlas " + args[0] + ": " + args[1] + " '" + args[2]
          + "' is standard input, which is closed; give a file. See 'atlas " + args[0] + " --help'.\n");
    }
  }

  private record Ran(int exitCode, String out, String err) {}

  /** {@code atlas args...} in a process of its own whose descriptor 0 is closed, as {@code <&-} leaves it. */
  private Ran withStandardInputClosed(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("sh", "-c", "exec \"$@\" <&-", "sh"));
    command.addAll(FrontEndProcess.command(FrontEndProcess.classPath(), args));
    Path out = folder.resolve("out");
    Path err = folder.resolve("err");
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    boolean ended = process.waitFor(20, TimeUnit.SECONDS);
    if (!ended) {
      process.destroyForcibly().waitFor();
    }
    String printed = Files.readString(out, StandardCharsets.UTF_8);
    return new Ran(ended ? process.exitValue() : -1, printed.length() > 2000 ? printed.substring(0, 2000) : printed,
        Files.readString(err, StandardCharsets.UTF_8));
  }

  /** '--' ends the options, so a command after it is an argument: this said "unknown command 'show'; did you mean 'show'?". */
  @Test
  void aCommandAfterDoubleDashIsNamedAsAnArgumentRatherThanAnUnknownCommand() {
    AtlasRun.Result result = AtlasRun.piped().run("--", "show", "infidelity");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("atlas: 'show' comes after '--', which makes it an argument, not a command; "
        + "give the command first, as 'atlas show ...'").doesNotContain("did you mean").hasLineCount(1);
  }

  /** An unknown word after '--' said only "unknown command 'foo'", never naming the '--' the reader typed. */
  @Test
  void anUnknownWordAfterDoubleDashNamesTheDoubleDashAndTheCommands() {
    AtlasRun.Result result = AtlasRun.piped().run("--", "foo");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("atlas: 'foo' comes after '--', which makes it an argument, and atlas "
        + "takes none; give a command first, one of: ").contains("search", "show").hasLineCount(1);
    // The same word as --pack's folder before the '--' is that folder, not the word the '--' made an argument.
    assertThat(AtlasRun.piped().run("--pack", "foo", "--", "foo").err())
        .startsWith("atlas: 'foo' comes after '--', which makes it an argument");
    assertThat(AtlasRun.piped().run("foo", "--", "bar").err()).startsWith("atlas: unknown command 'foo'");
  }

  /**
   * After '--' a command's option-like word is an argument: 'simulate -- --events lol.yaml' said
   * "unknown option '--events'; did you mean '--events'?", suggesting the very word it refused.
   */
  @Test
  void anOptionAfterDoubleDashInACommandIsNamedAsAnArgumentNeverSuggestedBack() {
    AtlasRun.Result simulate = AtlasRun.piped().run("simulate", "--", "--events", "lol.yaml");
    assertThat(simulate.exitCode()).isEqualTo(2);
    assertThat(simulate.err()).startsWith("atlas simulate: '--events' comes after '--', which makes it an argument, "
        + "and atlas simulate takes none").doesNotContain("did you mean").hasLineCount(1);
    AtlasRun.Result concepts = AtlasRun.piped().run("concepts", "--", "--pack", "/tmp");
    assertThat(concepts.exitCode()).isEqualTo(2);
    assertThat(concepts.err()).startsWith("atlas concepts: '--pack' comes after '--', which makes it an argument")
        .doesNotContain("did you mean").hasLineCount(1);
  }

  /**
   * --pack at a loop of links said "cannot be reached (a folder on its path cannot be looked into)",
   * while --events at the same loop said "a link that leads round in a loop": one wording for both.
   */
  @Test
  void aPackFolderThatIsALoopOfLinksIsNamedAsOne() throws IOException {
    Path a = folder.resolve("loopA");
    Path b = folder.resolve("loopB");
    Files.createSymbolicLink(a, b);
    Files.createSymbolicLink(b, a);
    for (String[] args : List.of(new String[] {"--pack", a.toString(), "concepts"}, new String[] {"validate",
        a.toString()})) {
      AtlasRun.Result result = AtlasRun.piped().run(args);
      assertThat(result.exitCode()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(result.err()).as(String.join(" ", args)).contains("pack folder '" + a + "' is a link that leads "
          + "round in a loop of links back to itself").hasLineCount(1);
    }
    assertThat(AtlasRun.piped().run("simulate", "--events", a.toString()).err())
        .contains("is a link that leads round in a loop of links back to itself");
  }

  /**
   * A pack folder that cannot be read was reported as four missing files. Root reads any folder
   * whatever its permissions, so as root (Files.isReadable says so) the check cannot be seen and
   * the test is skipped.
   */
  @Test
  void aPackFolderThatCannotBeReadIsOneLineSayingSo() throws IOException {
    Path pack = Files.createDirectory(folder.resolve("closed"));
    Files.setPosixFilePermissions(pack, PosixFilePermissions.fromString("---------"));
    try {
      assumeThat(Files.isReadable(pack)).as("permissions apply to this user (not root)").isFalse();
      AtlasRun.Result result = AtlasRun.piped().run("--pack", pack.toString(), "concepts");
      assertThat(result.exitCode()).isEqualTo(2);
      assertThat(result.err()).startsWith("atlas concepts: pack folder '" + pack + "' cannot be read: permission "
          + "denied").doesNotContain("missing file").hasLineCount(1);
    } finally {
      Files.setPosixFilePermissions(pack, PosixFilePermissions.fromString("rwx------"));
    }
  }

  /** 'atlas help nope' printed picocli's bare "Unknown subcommand 'nope'." rather than the CLI's own words. */
  @Test
  void helpForAnUnknownCommandSaysWhatAnUnknownCommandSays() {
    AtlasRun.Result far = AtlasRun.piped().run("help", "nope");
    assertThat(far.exitCode()).isEqualTo(2);
    assertThat(far.err()).startsWith("atlas: unknown command 'nope'; valid: help, concepts, show")
        .doesNotContain("Unknown subcommand").hasLineCount(1);
    assertThat(AtlasRun.piped().run("help", "concpts").err()).startsWith("atlas: unknown command 'concpts'; did you "
        + "mean 'concepts'?");
  }

  /** The CLI took 2,000 --challenge options where the API and MCP refuse a list of more than 1,000. */
  @Test
  void moreChallengesThanAnyFrontEndReadsAreRefusedWithTheSharedLimit() {
    List<String> args = new ArrayList<>(List.of("plan"));
    for (int i = 0; i < 1_001; i++) {
      args.add("--challenge");
      args.add("infidelity");
    }
    AtlasRun.Result result = AtlasRun.piped().run(args.toArray(String[]::new));
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("atlas plan: --challenge names more than 1000 ids; give at most 1000")
        .hasLineCount(1);
  }

  /** --aggravator is held to the same shared limit as --challenge (its own name in the message). */
  @Test
  void moreAggravatorsThanAnyFrontEndReadsAreRefusedWithTheSharedLimit() {
    List<String> args = new ArrayList<>(List.of("plan", "--challenge", "infidelity"));
    for (int i = 0; i < 1_001; i++) {
      args.add("--aggravator");
      args.add("sti");
    }
    AtlasRun.Result result = AtlasRun.piped().run(args.toArray(String[]::new));
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("atlas plan: --aggravator names more than 1000 ids; give at most 1000")
        .hasLineCount(1);
  }

  @Test
  void aHugeAnswerIsRefusedBySizeAndNeverEchoed() throws IOException {
    Path thirty = file("thirty.json", "{\"danger-now\": \"" + "a".repeat(30 * 1024 * 1024) + "\"}");
    AtlasRun.Result result = AtlasRun.piped().run("checkin", "--answers", thirty.toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("bytes; at most 65536 are read").hasSizeLessThan(300);

    Path within = file("within.json", "{\"danger-now\": \"" + "b".repeat(10_000) + "\"}");
    result = AtlasRun.piped().run("checkin", "--answers", within.toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("ids are at most 64").doesNotContain("b".repeat(41)).hasSizeLessThan(400);
  }

  @Test
  void emptyChoiceListsAreRefusedByTheSameReaderAsTheWeb() throws IOException {
    AtlasRun.Result result = AtlasRun.piped().run("checkin", "--answers",
        file("empty.json", "{\"what-happened\": []}").toString());

    assertThat(result.err()).contains("gives 'what-happened' something other than a choice id or a non-empty list");
  }

  @Test
  void anAbsurdTerminalWidthDrawsAtTheWidestWidthInsteadOfRunningOutOfMemory() {
    AtlasRun.Result result = AtlasRun.piped().with("COLUMNS", "2147483647")
        .run("simulate", "--scenario", "discovered-affair-denied", "--chart");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out().lines().mapToInt(String::length).max().orElseThrow())
        .isLessThanOrEqualTo(Environment.MAX_WIDTH);
  }

  @Test
  void aBidiOverrideInAnArgumentIsQuotedAsAnEscapeSoTheMessageReadsInOrder() {
    AtlasRun.Result result = AtlasRun.piped().run("show", "\u202Ehtiaf");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).startsWith("atlas: unknown concept '\\u202Ehtiaf'").doesNotContain("\u202E");
  }

  /**
   * A bidirectional override in any argument is written as an escape in every error, not only where
   * the error quotes through Quote: the converters of --region, --kind, --role, --flag, --relation,
   * --format and the rest, unknown commands and options, echoed U+202E itself, which turns the rest of
   * the line around on screen.
   */
  @Test
  void aBidiOverrideInAnyArgumentReachesAnErrorOnlyAsAnEscape() {
    String rlo = "\u202E";
    for (String[] args : List.of(new String[] {"concepts", "--kind", rlo + "x"},
        new String[] {"plan", "--challenge", rlo + "x"}, new String[] {"plan", "--challenge", "infidelity", "--role", rlo + "x"},
        new String[] {"plan", "--challenge", "infidelity", "--flag", "fear-of-partner=" + rlo + "x"},
        new String[] {"related", "faith", "--relation", rlo + "x"}, new String[] {"export", "--format", rlo + "x"},
        new String[] {"search", "cheat", "--region", rlo + "GB"}, new String[] {"resources", "--type", rlo + "x"},
        new String[] {rlo + "x"}, new String[] {"show", "faith", "--" + rlo + "x"}, new String[] {"help", rlo + "x"})) {
      AtlasRun.Result result = AtlasRun.piped().run(args);
      assertThat(result.exitCode()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(result.err()).as(String.join(" ", args)).doesNotContain(rlo).contains("\\u202E");
    }
  }

  /** An error quotes at most 40 characters of a value, whichever option it came through. */
  @Test
  void aHugeValueIsQuotedShortInEveryError() {
    String huge = "y".repeat(5_000);
    for (String[] args : List.of(new String[] {"concepts", "--kind", huge}, new String[] {"plan", "--challenge", huge},
        new String[] {"plan", "--challenge", "infidelity", "--role", huge},
        new String[] {"plan", "--challenge", "infidelity", "--flag", huge + "=yes"},
        new String[] {"plan", "--challenge", "infidelity", "--flag", "fear-of-partner=" + huge},
        new String[] {"related", "faith", "--relation", huge}, new String[] {"related", "faith", "--direction", huge},
        new String[] {"export", "--format", huge}, new String[] {"search", "cheat", "--region", huge},
        new String[] {"resources", "--type", huge}, new String[] {"simulate", "--scenario", huge},
        new String[] {"completion", huge}, new String[] {huge}, new String[] {"show", "faith", "--" + huge},
        new String[] {"show", huge})) {
      AtlasRun.Result result = AtlasRun.piped().run(args);
      assertThat(result.exitCode()).as(args[0] + " " + args.length).isIn(1, 2);
      assertThat(result.err()).as(args[0] + " " + (args.length > 1 ? args[1] : "")).doesNotContain("y".repeat(41));
    }
  }

  @Test
  void controlCharactersFromAnyDataReachTheTerminalOnlyAsVisibleSymbols() {
    Path named = folder.resolve("clear" + ESC + "[2J" + ESC + "]0;title\u0007.yaml");

    AtlasRun.Result result = AtlasRun.onTerminal().run("simulate", "--events", named.toString());

    String withoutStyles = result.err().replaceAll("\u001b\\[[0-9;]*m", "");
    assertThat(result.err()).contains(ESC + "[31m"); // the error's own colour still works
    assertThat(withoutStyles).doesNotContain(String.valueOf(ESC)).doesNotContain("\u0007")
        .contains("clear\u241b[2J\u241b]0;title\u2407.yaml");
  }

  @Test
  void styleSequencesStillReachTheTerminal() {
    AtlasRun.Result result = AtlasRun.onTerminal().run("concepts", "--kind", "phase");

    assertThat(result.out()).contains(ESC + "[");
  }

  /**
   * An export below a file changes nothing and says why; the message was a bare file name ("cannot
   * write 'notes.txt/atlas.json': /tmp/.../notes.txt; nothing was changed").
   */
  @Test
  void anExportBelowAFileChangesNothingAndSaysThatFileIsNotAFolder() throws IOException {
    Path notes = file("notes.txt", "mine\n");
    AtlasRun.Result result = AtlasRun.piped().run("export", "--format", "json", "--out",
        notes.resolve("atlas.json").toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).isEqualTo("atlas: cannot write '" + notes.resolve("atlas.json") + "': '" + notes
        + "' is a file, not a folder; nothing was changed\n");
    assertThat(Files.readString(notes)).isEqualTo("mine\n");
  }

  @Test
  void anExportThatFailsHalfWayLeavesThePreviousFileAndNoTemporaryFile() throws IOException {
    Path target = file("atlas.json", "previous export\n");

    IOException full = new IOException("No space left on device");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> AtomicFile.write(target, (Writer out) -> {
      out.write("{\"partial\": ".repeat(1000));
      out.flush();
      throw full;
    })).isSameAs(full);

    assertThat(Files.readString(target)).isEqualTo("previous export\n");
    try (var files = Files.list(folder)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("atlas.json");
    }
  }

  @Test
  void anExportIntoAReadOnlyFolderChangesNothing() throws IOException {
    Path locked = Files.createDirectory(folder.resolve("locked"));
    Path target = Files.writeString(locked.resolve("atlas.json"), "previous export\n");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assumeThat(Files.isWritable(locked)).as("permissions are enforced for this user (not for root)").isFalse();

      AtlasRun.Result result = AtlasRun.piped().run("export", "--format", "json", "--out", target.toString());

      assertThat(result.exitCode()).isEqualTo(1);
      assertThat(result.err()).contains("permission denied; nothing was changed");
      assertThat(Files.readString(target)).isEqualTo("previous export\n");
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void aSuccessfulExportReplacesTheFileWhole() throws IOException {
    Path target = file("atlas.md", "previous export\n");

    AtlasRun.Result result = AtlasRun.piped().run("export", "--format", "markdown", "--out", target.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(Files.readString(target)).startsWith("# ").doesNotContain("previous export");
    try (var files = Files.list(folder)) {
      assertThat(files.count()).isEqualTo(1);
    }
  }

  @Test
  void anExportOntoADeviceOrAFolderIsRefusedAndLeavesItAsItWas() throws Exception {
    Path fifo = folder.resolve("fifo");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assumeThat(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).as("mkfifo made a pipe").isTrue();
    Path empty = Files.createDirectory(folder.resolve("empty"));

    for (Path target : new Path[] {fifo, empty}) {
      AtlasRun.Result result = AtlasRun.piped().run("export", "--format", "json", "--out", target.toString());

      assertThat(result.exitCode()).as(target.toString()).isEqualTo(1);
      assertThat(result.err()).contains("not a regular file").contains("nothing was changed");
      assertThat(Files.isRegularFile(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)).isFalse();
    }
    assertThat(Files.isDirectory(empty)).isTrue();
    assertThat(Files.isRegularFile(fifo, java.nio.file.LinkOption.NOFOLLOW_LINKS) || Files.isDirectory(fifo)).isFalse();
  }

  @Test
  void anExportThroughALinkReplacesTheFileItLeadsToAndKeepsTheLink() throws IOException {
    Path real = file("real.json", "previous export\n");
    Path link = Files.createSymbolicLink(folder.resolve("link.json"), real.getFileName());

    AtlasRun.Result result = AtlasRun.piped().run("export", "--format", "json", "--out", link.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).startsWith("{").doesNotContain("previous export");
  }

  @Test
  void anExportThroughALinkToAFileNotYetWrittenCreatesItAndKeepsTheLink() throws IOException {
    Path exports = Files.createDirectory(folder.resolve("exports"));
    Path link = Files.createSymbolicLink(folder.resolve("today.json"), Path.of("exports", "today.json"));

    AtlasRun.Result result = AtlasRun.piped().run("export", "--format", "json", "--out", link.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(exports.resolve("today.json"))).startsWith("{");
    Path nowhere = Files.createSymbolicLink(folder.resolve("lost.json"), Path.of("missing", "lost.json"));
    AtlasRun.Result refused = AtlasRun.piped().run("export", "--format", "json", "--out", nowhere.toString());
    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.err()).contains("is a link that leads nowhere a file can be written");
    assertThat(Files.exists(folder.resolve("missing"))).isFalse();
  }

  @Test
  void outputThatCannotBeWrittenIsAFailureNotASilentSuccess() {
    java.io.StringWriter err = new java.io.StringWriter();
    java.io.PrintWriter full = new java.io.PrintWriter(new Writer() {
      @Override
      public void write(char[] text, int offset, int length) throws IOException {
        throw new IOException("No space left on device");
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    });

    int code = Cli.run(new Environment(Map.of(), false), full, new java.io.PrintWriter(err), "concepts");

    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("standard output could not be written");
  }

  @Test
  void aHugeUnknownIdIsQuotedShortInTheError() {
    AtlasRun.Result result = AtlasRun.piped().run("show", "ab-".repeat(5000));

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("unknown concept 'ab-ab-").contains("\u2026").hasSizeLessThan(300);
  }
}
