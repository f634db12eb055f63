package org.trustatlas.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.trustatlas.content.input.InputLimits;
import org.trustatlas.content.input.PackLoadException;
import org.trustatlas.content.input.PackProblem;
import org.trustatlas.core.dynamics.SimulationCost;
import org.trustatlas.core.dynamics.SimulationTooLargeException;

/**
 * Packs written to do harm, each refused with a located problem, fast, and without holding memory:
 * a repeated key that would silently drop safety rules or helplines, anchors and aliases, pipes,
 * devices and links out of the pack, oversized text, and control characters (issue 15, cases 2-4, 8).
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class HostilePackTest {

  @TempDir Path temp;

  private PackFixture pack() {
    return PackFixture.minimal(temp).withGuidance();
  }

  private static List<String> described(List<PackProblem> problems) {
    return problems.stream().map(PackProblem::toString).toList();
  }

  /** The problems found in {@code file}; a broken file also leaves its concepts unknown elsewhere. */
  private static List<PackProblem> in(String file, List<PackProblem> problems) {
    return problems.stream().filter(p -> p.file().equals(file)).toList();
  }

  @Test
  void aSecondRulesKeyThatWouldDropEverySafetyRuleIsAnErrorNamingBothPlaces() {
    List<PackProblem> problems = pack().append("safety-rules.yaml", "rules: []\n").problems();

    assertThat(in("safety-rules.yaml", problems)).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo("safety-rules.yaml");
      assertThat(p.line()).isGreaterThan(1);
      assertThat(p.message()).startsWith("duplicate key 'rules': it is also at line 1, column 1");
    });
  }

  /** Without pack.yaml there is no bibliography, and every citation would follow as an unknown source. */
  @Test
  void aPackYamlThatCannotBeReadIsTheOnlyProblemReported() throws Exception {
    PackFixture pack = pack();
    Path manifest = pack.folder().resolve("pack.yaml");
    Files.write(manifest, Files.readString(manifest).getBytes(StandardCharsets.UTF_16));

    assertThat(described(pack.problems())).singleElement().asString().startsWith("pack.yaml:")
        .contains("not UTF-8");
    // The other files are still read for problems of their own.
    pack.replace("concepts/main.yaml", "label: Faith", "label: [Faith");
    List<PackProblem> both = pack.problems();
    assertThat(both).extracting(PackProblem::file).contains("pack.yaml", "concepts/main.yaml");
    assertThat(both).extracting(PackProblem::message).noneMatch(message -> message.contains("unknown source"));
  }

  @Test
  void aLinkThatLeadsBackToItselfIsNamedAsALoop() throws Exception {
    PackFixture pack = PackFixture.minimal(temp);
    Path concepts = pack.folder().resolve("concepts");
    Files.createSymbolicLink(concepts.resolve("loop.yaml"), concepts.resolve("round.yaml"));
    Files.createSymbolicLink(concepts.resolve("round.yaml"), Path.of("loop.yaml"));

    assertThat(described(in("concepts/loop.yaml", pack.problems()))).singleElement().asString()
        .contains("a link that leads round in a loop of links back to itself");
  }

  @Test
  void anEditorsLockFileOrMacMetadataBesideTheConceptsIsNoConceptFile() throws Exception {
    PackFixture pack = PackFixture.minimal(temp);
    Path concepts = pack.folder().resolve("concepts");
    Files.createSymbolicLink(concepts.resolve(".#main.yaml"), Path.of("root@host.1234:1733000000"));
    Files.write(concepts.resolve("._main.yaml"), new byte[] {0, 5, 22, 7, 0, 2, 0, 0, (byte) 0xFF});

    assertThat(pack.problems()).isEmpty();
  }

  @Test
  void aSecondResourcesKeyThatWouldDropEveryHelplineIsAnError() {
    assertThat(described(pack().append("resources.yaml", "resources: []\n").problems()))
        .singleElement().asString().startsWith("resources.yaml:").contains("duplicate key 'resources'");
  }

  @Test
  void aSecondFamilyOnAChallengeIsAnErrorRatherThanASilentChangeOfSafetyLevel() {
    List<PackProblem> problems = pack().replace("concepts/main.yaml", "    family: relational-betrayal\n",
        "    family: partner-harm\n    family: relational-betrayal\n").problems();

    assertThat(in("concepts/main.yaml", problems)).singleElement().satisfies(p -> {
      assertThat(p.pointer()).isEqualTo("/concepts/1/family");
      assertThat(p.line()).isEqualTo(16);
      assertThat(p.message()).contains("duplicate key 'family': it is also at line 15, column 5");
    });
  }

  @Test
  void aliasesAnchorsAndMergeKeysAreRefusedWhereTheyAre() {
    assertThat(described(in("concepts/main.yaml", PackFixture.minimal(temp.resolve("alias"))
        .replace("concepts/main.yaml", "label: Faith", "label: *L").problems())))
        .singleElement().asString().startsWith("concepts/main.yaml:4:12: an alias (*L)");
    assertThat(described(in("concepts/main.yaml", PackFixture.minimal(temp.resolve("anchor"))
        .replace("concepts/main.yaml", "label: Faith", "label: &L Faith").problems())))
        .singleElement().asString().startsWith("concepts/main.yaml:4:").contains("an anchor (&L)");
    assertThat(described(in("concepts/main.yaml", PackFixture.minimal(temp.resolve("merge"))
        .replace("concepts/main.yaml", "    label: Faith\n", "    label: Faith\n    <<: {order: 1}\n").problems())))
        .singleElement().asString().contains("a merge key ('<<')");
  }

  /** A tag asks for a type of the reader's choosing; it was dropped without a word and the text read as it stood. */
  @Test
  void aTagIsRefusedWhereItIsRatherThanSilentlyDropped() {
    assertThat(described(in("concepts/main.yaml", PackFixture.minimal(temp.resolve("java"))
        .replace("concepts/main.yaml", "label: Faith", "label: !!java.io.File Faith").problems())))
        .singleElement().asString().startsWith("concepts/main.yaml:4:12: a tag (!!java.io.File)");
    assertThat(described(in("concepts/main.yaml", PackFixture.minimal(temp.resolve("local"))
        .replace("concepts/main.yaml", "label: Faith", "label: !custom Faith").problems())))
        .singleElement().asString().startsWith("concepts/main.yaml:4:12: a tag (!custom)");
    assertThat(described(in("concepts/main.yaml", PackFixture.minimal(temp.resolve("list"))
        .replace("concepts/main.yaml", "aliases: [security]", "aliases: !!set [security]").problems())))
        .singleElement().asString().startsWith("concepts/main.yaml:5:").contains("a tag (!!set)");
  }

  /** The YAML scanner's own words were cut to "while scanning for the next token", which says nothing of tabs. */
  @Test
  void aTabThatIndentsALineIsNamedAsSuch() {
    assertThat(described(in("concepts/main.yaml", pack().replace("concepts/main.yaml", "    label: Faith\n",
        "\tlabel: Faith\n").problems()))).singleElement().asString()
        .startsWith("concepts/main.yaml:4:").contains("tab").contains("spaces");
  }

  @Test
  void anEmptyValueIsCalledEmptyNotNullNull() throws IOException {
    PackFixture pack = pack();
    Files.writeString(pack.folder().resolve("concepts/main.yaml"), "concepts:\n");
    List<PackProblem> problems = in("concepts/main.yaml", pack.problems());
    assertThat(described(problems)).singleElement().asString().contains("found nothing").doesNotContain("null null");
  }

  @Test
  void aPipeNamedLikeAPackFileIsRefusedAtOnceInsteadOfWaitingForever() throws Exception {
    PackFixture pack = PackFixture.minimal(temp);
    Path fifo = pack.folder().resolve("concepts/waiting.yaml");
    assumeThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).as("mkfifo").isZero();

    assertThat(described(pack.problems())).singleElement().asString()
        .isEqualTo("concepts/waiting.yaml:0:0: is not a regular file (a device, pipe or socket); give a file");
  }

  @Test
  void aLinkToADeviceOrOutOfThePackIsRefusedAndALinkInsideIsRead() throws IOException {
    assumeThat(Path.of("/dev/zero")).exists();
    PackFixture pack = PackFixture.minimal(temp.resolve("pack"));
    Files.createSymbolicLink(pack.folder().resolve("concepts/zero.yaml"), Path.of("/dev/zero"));
    Path outside = Files.writeString(temp.resolve("outside.yaml"), "concepts: []\n");
    Files.createSymbolicLink(pack.folder().resolve("concepts/outside.yaml"), outside);

    assertThat(described(pack.problems())).containsExactly(
        "concepts/outside.yaml:0:0: is a link to a file outside the folder; only the folder's own files are read",
        "concepts/zero.yaml:0:0: is a link to a file outside the folder; only the folder's own files are read");

    PackFixture linked = PackFixture.minimal(temp.resolve("linked"));
    Path real = linked.folder().resolve("concepts/main.yaml");
    Files.move(real, linked.folder().resolve("concepts.txt"));
    Files.createSymbolicLink(real, Path.of("../concepts.txt"));
    assertThat(linked.problems()).isEmpty();
  }

  @Test
  void aTenMegabyteStringIsRefusedBySizeBeforeItIsRead() throws IOException {
    PackFixture pack = PackFixture.minimal(temp);
    Path big = pack.folder().resolve("concepts/big.yaml");
    Files.writeString(big, "concepts:\n  - label: \"" + "x".repeat(10 * 1024 * 1024) + "\"\n");

    long started = System.nanoTime();
    List<PackProblem> problems = pack.problems();

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    assertThat(described(in("concepts/big.yaml", problems))).singleElement().asString().isEqualTo(
        "concepts/big.yaml:0:0: is "
        + Files.size(big) + " bytes; at most " + InputLimits.PACK_FILE.maxBytes() + " are read");
  }

  @Test
  void aLineTooLongForTheYamlScannerIsRefusedBeforeItScans() {
    List<PackProblem> problems = PackFixture.minimal(temp)
        .append("concepts/main.yaml", "# " + "c".repeat(70_000) + "\n").problems();

    assertThat(described(in("concepts/main.yaml", problems))).singleElement().asString()
        .matches("concepts/main.yaml:\\d+:1: a line longer than 65536 characters");
  }

  @Test
  void aLongStringWithinTheFileLimitIsRefusedAtItsPlace() {
    List<PackProblem> problems = PackFixture.minimal(temp).replace("concepts/main.yaml",
        "summary: Confidence that a partner will stay caring.", "summary: " + "y".repeat(20_000)).problems();

    assertThat(described(in("concepts/main.yaml", problems))).singleElement().asString()
        .startsWith("concepts/main.yaml:6:")
        .contains("a text value longer than 16384 characters");
  }

  @Test
  void aPackWhoseFilesTogetherExceedTheLimitIsRefusedFileByFile() throws IOException {
    PackFixture pack = PackFixture.minimal(temp);
    String filler = ("# " + "z".repeat(1000) + "\n").repeat(1900) + "concepts: []\n";
    for (int i = 0; i < 9; i++) {
      Files.writeString(pack.folder().resolve("concepts/filler-" + i + ".yaml"), filler);
    }

    assertThat(described(pack.problems())).anySatisfy(p -> assertThat(p)
        .contains("the pack's files come to more than " + InputLimits.PACK_BYTES + " bytes"));
  }

  @Test
  void anEscapeSequenceInPackTextIsRefusedAtLoadTime() {
    List<PackProblem> problems = PackFixture.minimal(temp)
        .replace("concepts/main.yaml", "label: Faith", "label: \"Faith\\e[2J\"").problems();

    assertThat(described(in("concepts/main.yaml", problems))).singleElement().asString().isEqualTo(
        "concepts/main.yaml:4:12: text holds the control character U+001B (character 6); only line breaks and tabs "
            + "may appear in text (at /concepts/0/label)");
  }

  @Test
  void anAmplifyingScenarioIsRefusedByItsCostBeforeAnyEventIsMade() {
    StringBuilder events = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      events.append(i == 0 ? "" : ",").append("{\"at\":1,\"every\":1,\"until\":10000,\"type\":\"positive-act\","
          + "\"magnitude\":0.5}");
    }
    String text = "{\"id\":\"x\",\"title\":\"X\",\"steps\":10000,\"events\":[" + events + "]}";

    long started = System.nanoTime();
    assertThatThrownBy(() -> TrustAtlas.readScenario("body", text))
        .isInstanceOfSatisfying(SimulationTooLargeException.class, e -> {
          assertThat(e.cost().events()).isEqualTo(2_000_000);
          assertThat(e.getMessage()).isEqualTo("the events come to 2000000 once each 'every' is repeated; a run "
              + "applies at most " + SimulationCost.MAX_EVENTS + " (use a larger 'every' or fewer events)");
        });
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
  }

  @Test
  void aScenarioWithinTheLimitsRunsAndOneOverThemIsRefusedByTheFacadeToo() {
    String weekly = "{\"id\":\"x\",\"title\":\"X\",\"steps\":10000,\"events\":[{\"at\":1,\"every\":1,\"until\":10000,"
        + "\"type\":\"positive-act\",\"magnitude\":0.5}]}";
    assertThat(TrustAtlas.bundled().simulate(TrustAtlas.readScenario("body", weekly)).trajectory().steps())
        .isEqualTo(10_000);
    assertThatThrownBy(() -> TrustAtlas.readScenario("body", weekly.replace("]}",
        ",{\"at\":1,\"type\":\"positive-act\",\"magnitude\":0.5}]}")))
        .isInstanceOf(SimulationTooLargeException.class).hasMessageContaining("come to 10001");
  }

  @Test
  void aScenarioWithARepeatedKeyOrAnAliasIsRefusedLocated() {
    assertThatThrownBy(() -> TrustAtlas.readScenario("mine.yaml", "id: x\ntitle: X\nsteps: 10\nsteps: 20\n"))
        .isInstanceOfSatisfying(PackLoadException.class, e -> assertThat(described(e.problems())).containsExactly(
            "mine.yaml:4:1: duplicate key 'steps': it is also at line 3, column 1; a key may appear once in a mapping "
                + "(the later one would silently replace the earlier) (at /steps)"));
    assertThatThrownBy(() -> TrustAtlas.readScenario("mine.yaml", "id: &i x\ntitle: *i\nsteps: 10\n"))
        .isInstanceOf(PackLoadException.class).hasMessageContaining("mine.yaml:1:5: an anchor (&i)");
  }

  @Test
  void aScenarioTextOverTheDocumentLimitIsRefusedWithoutParsingIt() {
    String text = "id: x\ntitle: X\nsteps: 10\ndescription: " + "d".repeat(70 * 1024) + "\n";
    assertThatThrownBy(() -> TrustAtlas.readScenario("mine.yaml", text))
        .isInstanceOf(PackLoadException.class)
        .hasMessageContaining("mine.yaml:0:0: is more than 65536 bytes; at most 65536 are read");
  }

  /**
   * Trojan Source: a bidirectional override or isolate shows a reviewer one text and a reader
   * another, and a zero-width character hides inside a word where no reviewer sees it.
   */
  @Test
  void aBidiControlOrAZeroWidthCharacterInPackTextIsRefusedAtItsPlace() {
    int run = 0;
    for (String hidden : List.of("\u202E", "\u202A", "\u2066", "\u2069", "\u200B", "\u2060", "\uFEFF")) {
      List<PackProblem> problems = PackFixture.minimal(temp.resolve("hidden-" + run++))
          .replace("concepts/main.yaml", "label: Faith", "label: \"Fa" + hidden + "ith\"").problems();

      assertThat(described(in("concepts/main.yaml", problems))).as("U+%04X", (int) hidden.charAt(0))
          .singleElement().asString()
          .startsWith("concepts/main.yaml:4:12: text holds the invisible " )
          .contains(String.format("U+%04X (character 3)", (int) hidden.charAt(0)))
          .endsWith("(at /concepts/0/label)");
    }
  }

  /**
   * Persian, the Indic scripts and emoji need the zero-width joiner and non-joiner between the
   * characters they join; only there are they read. At the edge of a word they join nothing.
   */
  @Test
  void aJoinerBetweenLettersIsReadAsTheLanguageNeedsItButNotAtTheEdgeOfAWord() {
    int run = 0;
    for (String joined : List.of("\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645", "\u0915\u094D\u200D\u0937",
        "\uD83D\uDC69\u200D\uD83D\uDC67", "\uD83D\uDC69\uD83C\uDFFD\u200D\uD83D\uDCBB", "\uD83E\uDEF1\u200D\uD83E\uDEF2")) {
      assertThat(in("concepts/main.yaml", PackFixture.minimal(temp.resolve("joined-" + run++))
          .replace("concepts/main.yaml", "label: Faith", "label: \"" + joined + "\"").problems())).isEmpty();
    }
    for (String edge : List.of("Faith\u200D", "\u200CFaith", "Fa \u200D ith")) {
      assertThat(described(in("concepts/main.yaml", PackFixture.minimal(temp.resolve("edge-" + run++))
          .replace("concepts/main.yaml", "label: Faith", "label: \"" + edge + "\"").problems())))
          .singleElement().asString().startsWith("concepts/main.yaml:4:12: text holds the invisible ")
          .contains("joins nothing");
    }
  }

  @Test
  void aSentenceOrSourceCitedTwiceIsRefusedAtTheRepeat() {
    assertThat(described(in("concepts/main.yaml", PackFixture.minimal(temp.resolve("sentence"))
        .replace("concepts/main.yaml", "sentences: [S01]", "sentences: [S01, S01]").problems())))
        .containsExactly("concepts/main.yaml:7:22: 'S01' is cited twice; cite each sentence once "
            + "(at /concepts/0/sentences/1)");
    assertThat(described(in("concepts/main.yaml", PackFixture.minimal(temp.resolve("source"))
        .replace("concepts/main.yaml", "sources: [rempel-1985]", "sources: [rempel-1985, rempel-1985]").problems())))
        .containsExactly("concepts/main.yaml:8:28: 'rempel-1985' is cited twice; cite each source once "
            + "(at /concepts/0/sources/1)");
    assertThat(described(in("relations.yaml", PackFixture.minimal(temp.resolve("relation"))
        .replace("relations.yaml", "    sentences: [S02]\n", "    sentences: [S02, S02]\n").problems())))
        .containsExactly("relations.yaml:5:22: 'S02' is cited twice; cite each sentence once "
            + "(at /relations/0/sentences/1)");
  }

  /** YAML writes nothing as ~, null, Null, NULL or no value at all; '~' was read as the label "~". */
  @Test
  void aLabelGivenAsYamlNullIsNamedAsRequiredAtItsLineAndAQuotedTildeIsText() {
    int run = 0;
    for (String nothing : List.of(" ~", " null", " Null", " NULL", "")) {
      assertThat(described(in("concepts/main.yaml", PackFixture.minimal(temp.resolve("null-" + run++))
          .replace("concepts/main.yaml", "label: Faith", "label:" + nothing).problems()))).as(nothing)
          .containsExactly("concepts/main.yaml:4:5: label is required, and has no value here (at /concepts/0/label)");
    }
    assertThat(in("concepts/main.yaml", PackFixture.minimal(temp.resolve("quoted"))
        .replace("concepts/main.yaml", "label: Faith", "label: '~'").problems())).isEmpty();
  }

  /**
   * An emoji whose two chars straddled the YAML reader's 1,024-char window crashed the read with an
   * IndexOutOfBoundsException (snakeyaml-engine before 3.1): a valid pack failed with "unexpected".
   */
  @Test
  void anEmojiAtTheEdgeOfTheYamlReadersWindowIsReadAsAnyOther() {
    for (int pad = 1000; pad < 1030; pad++) {
      PackFixture pack = PackFixture.minimal(temp.resolve("window-" + pad)).replace("concepts/main.yaml",
          "  - id: faith\n", "  # " + "x".repeat(pad) + "\uD83D\uDC94\n  - id: faith\n");
      assertThat(pack.problems()).as("an emoji after %d characters", pad).isEmpty();
    }
  }

  /** The YAML parser counts code points: an emoji earlier in the file had put "~" one char off. */
  @Test
  void aYamlNullAfterAnEmojiIsStillNull() {
    PackFixture pack = PackFixture.minimal(temp.resolve("emoji-null"))
        .replace("concepts/main.yaml", "  - id: faith\n", "  # \uD83D\uDC94\uD83D\uDC94 faith\n  - id: faith\n")
        .replace("concepts/main.yaml", "label: Faith", "label: ~");
    assertThat(described(in("concepts/main.yaml", pack.problems())))
        .containsExactly("concepts/main.yaml:5:5: label is required, and has no value here (at /concepts/0/label)");
    assertThat(in("concepts/main.yaml", PackFixture.minimal(temp.resolve("emoji-quoted"))
        .replace("concepts/main.yaml", "  - id: faith\n", "  # \uD83D\uDC94\uD83D\uDC94 faith\n  - id: faith\n")
        .replace("concepts/main.yaml", "label: Faith", "label: '~'").problems())).isEmpty();
    assertThat(described(in("concepts/main.yaml", PackFixture.minimal(temp.resolve("emoji-anchor"))
        .replace("concepts/main.yaml", "  - id: faith\n", "  # \uD83D\uDC94\uD83D\uDC94 faith\n  - id: faith\n")
        .replace("concepts/main.yaml", "label: Faith", "label: &name Faith").problems())))
        .singleElement().asString().contains("an anchor (&name)");
  }

  /**
   * YAML 1.2 writes booleans as true, True or TRUE (and false alike); "involvesFault: True" was refused
   * with "expected true or false, found text 'True'", which named the value it asked for. Read as the
   * boolean now; a value that is no boolean still says what to write.
   */
  @Test
  void aBooleanWrittenTrueOrFALSEIsReadAsYaml12ReadsIt() {
    for (String written : List.of("True", "TRUE", "False", "FALSE")) {
      assertThat(described(in("concepts/main.yaml", PackFixture.minimal(temp.resolve("bool-" + written))
          .replace("concepts/main.yaml", "involvesFault: true", "involvesFault: " + written).problems())))
          .as(written).isEmpty();
    }
    assertThat(described(in("concepts/main.yaml", PackFixture.minimal(temp.resolve("bool-yes"))
        .replace("concepts/main.yaml", "involvesFault: true", "involvesFault: yes").problems())))
        .singleElement().asString().contains("expected true or false, found text 'yes'");
  }
}
