package org.trustatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code atlas checkin} with scripted answers; the terminal dialog itself is CheckInDialogTest's. */
class CheckInCommandTest {

  private static final String ESCAPE = "\u001b[";
  private static final String SAFE_AND_CHEATED = """
      {"danger-now": "no", "thoughts-of-self-harm": "no", "afraid-of-partner": "no", "partner-hurt-you": "no",
       "partner-controls": "no", "pressured-into-sex": "no", "who-you-are": "hurt-partner",
       "what-happened": ["cheating", "lies"]}
      """;

  @TempDir
  Path folder;

  @Test
  void aDangerAnswerStopsAtOnceWithTheEmergencyNumberFirst() throws IOException {
    AtlasRun.Result result = AtlasRun.piped().run("checkin", "--answers", answers("{\"danger-now\": \"yes\"}"),
        "--region", "US");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out().lines().findFirst()).hasValue("In an emergency, call 911 (United States).");
    assertThat(result.out()).contains("\nWhere to turn\n").endsWith("\nYour safety comes first. Please reach out to one "
        + "of these services now; the rest\nof the check-in can wait.\n").doesNotContain("Plan:");
  }

  @Test
  void aSelfHarmAnswerStopsAtOnceEvenWhenLaterAnswersNameAChallenge() throws IOException {
    AtlasRun.Result result = AtlasRun.piped().run("checkin", "--answers",
        answers("{\"danger-now\": \"no\", \"thoughts-of-self-harm\": \"yes\", \"what-happened\": [\"cheating\"]}"),
        "--region", "GB", "--json");

    assertThat(Schemas.errorsIn(result.out(), "checkin")).isEmpty();
    assertThat(result.out()).startsWith("{\n  \"status\" : \"stop\",\n  \"safety\" : {\n    \"level\" : \"emergency\",\n"
        + "    \"items\" : [ {\n      \"type\" : \"emergency-number\"").doesNotContain("\"plan\"");
  }

  @Test
  void answersThatNameAChallengeEndInAPlanSafetyFirst() throws IOException {
    AtlasRun.Result result = AtlasRun.piped().run("checkin", "--answers", answers(SAFE_AND_CHEATED), "--region", "CA");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("In an emergency, call 911 (Canada).", "\nWhat this plan is for\n  Infidelity, ");
    assertThat(result.out().indexOf("In an emergency")).isLessThan(result.out().indexOf("\nWhat this plan is for\n"));
  }

  @Test
  void thePlannedJsonFollowsTheSchema() throws IOException {
    AtlasRun.Result result = AtlasRun.piped().run("checkin", "--answers", answers(SAFE_AND_CHEATED), "--region", "CA",
        "--json");

    assertThat(Schemas.errorsIn(result.out(), "checkin")).isEmpty();
    assertThat(result.out()).startsWith("{\n  \"status\" : \"planned\",\n  \"plan\" : {\n    \"safety\" : {");
  }

  @Test
  void anAnswerForTheRegionChoosesTheServices() throws IOException {
    AtlasRun.Result result = AtlasRun.piped().run("checkin", "--answers",
        answers("{\"danger-now\": \"no\", \"what-happened\": \"cheating\", \"where\": \"au\"}"), "--region", "US");

    assertThat(result.out()).contains("In an emergency, call 000 (Australia).").doesNotContain("United States");
  }

  @Test
  void irelandAndNewZealandCanBeChosenAndChooseTheirOwnServices() throws IOException {
    AtlasRun.Result nz = AtlasRun.piped().run("checkin", "--answers",
        answers("{\"danger-now\": \"no\", \"what-happened\": \"cheating\", \"where\": \"nz\"}"), "--region", "US");
    AtlasRun.Result ie = AtlasRun.piped().run("checkin", "--answers",
        answers("{\"danger-now\": \"no\", \"what-happened\": \"cheating\", \"where\": \"ie\"}"), "--region", "US");

    assertThat(nz.out()).contains("111", "(New Zealand)").doesNotContain("United States");
    assertThat(ie.out()).contains("112", "(Ireland)").doesNotContain("United States");
  }

  /** '--questions' listed the questions and dropped the answers without a word, read or not. */
  @Test
  void answersWithQuestionsAreRefusedAsConflicting() throws IOException {
    for (String[] args : List.of(new String[] {"checkin", "--answers", answers(SAFE_AND_CHEATED), "--questions"},
        new String[] {"checkin", "--questions", "--answers", "-", "--json"},
        new String[] {"checkin", "--questions", "--answers", "/dev/zero"})) {
      AtlasRun.Result result = AtlasRun.piped().run(args);

      assertThat(result.exitCode()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(result.out()).isEmpty();
      assertThat(result.err()).as(String.join(" ", args)).startsWith("atlas checkin: --answers and --questions ")
          .contains("See 'atlas checkin --help'").hasLineCount(1);
    }
    assertThat(AtlasRun.piped().run("checkin", "--questions", "--region", "GB").exitCode()).isZero();
  }

  @Test
  void answersThatNameNothingStillSayWhereToTurn() throws IOException {
    AtlasRun.Result result = AtlasRun.piped().run("checkin", "--answers", answers("{\"danger-now\": \"no\"}"),
        "--region", "AU");
    AtlasRun.Result json = AtlasRun.piped().run("checkin", "--answers", answers("{}"), "--region", "AU", "--json");

    assertThat(result.out()).contains("In an emergency, call 000 (Australia).",
        "Your answers named nothing this atlas has a plan for.");
    assertThat(Schemas.errorsIn(json.out(), "checkin")).isEmpty();
    assertThat(json.out()).contains("\"status\" : \"nothing-named\"");
  }

  @Test
  void answersCanComeFromStandardInputSoTheyNeedNeverTouchTheDisk() {
    InputStream before = System.in;
    System.setIn(new ByteArrayInputStream("{\"danger-now\": \"yes\"}".getBytes(StandardCharsets.UTF_8)));
    try {
      AtlasRun.Result result = AtlasRun.piped().run("checkin", "--answers", "-", "--region", "US", "--json");

      assertThat(result.out()).contains("\"status\" : \"stop\"");
    } finally {
      System.setIn(before);
    }
  }

  @Test
  void theAnswersAreNotEchoedOrWrittenAnywhere() throws IOException {
    String file = answers(SAFE_AND_CHEATED);
    List<Path> before = listing();

    AtlasRun.Result result = AtlasRun.piped().run("checkin", "--answers", file, "--region", "US", "--json");

    assertThat(listing()).isEqualTo(before);
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).doesNotContain("who-you-are", "what-happened", "\"cheating\"");
  }

  @Test
  void questionsListsEveryQuestionWithItsChoiceIds() {
    AtlasRun.Result text = AtlasRun.piped().run("checkin", "--questions");
    AtlasRun.Result json = AtlasRun.piped().run("checkin", "--questions", "--json");

    assertThat(text.out()).startsWith("privately  setting\n  Can you answer these questions")
        .contains("danger-now  safety\n  Are you in danger right now")
        .contains("    not-sure  Not sure\n", "what-happened  situation, one or more\n");
    assertThat(Schemas.errorsIn(json.out(), "checkin")).isEmpty();
    assertThat(json.out()).startsWith("{\n  \"questions\" : [ {\n    \"id\" : \"privately\"");
  }

  @Test
  void withoutATerminalOrAnswersItSaysSoAndExitsTwo() {
    assertUsageError(AtlasRun.piped().run("checkin"),
        "atlas checkin: the check-in asks its questions on a terminal, and the input here is not one; give the answers "
            + "with --answers FILE");
  }

  @Test
  void anUnknownQuestionSuggestsTheNearest() throws IOException {
    String file = answers("{\"dangr-now\": \"no\"}");

    assertUsageError(AtlasRun.piped().run("checkin", "--answers", file), "atlas checkin: --answers '" + file
        + "': unknown question 'dangr-now'; did you mean 'danger-now'?; valid: privately, where, danger-now, ");
  }

  @Test
  void anUnknownChoiceSuggestsTheNearestEvenAfterADangerAnswer() throws IOException {
    String file = answers("{\"danger-now\": \"yes\", \"who-you-are\": \"hurt-partnr\"}");

    assertUsageError(AtlasRun.piped().run("checkin", "--answers", file), "atlas checkin: --answers '" + file
        + "': question 'who-you-are' has no choice 'hurt-partnr'; did you mean 'hurt-partner'?; valid: ");
  }

  @Test
  void severalChoicesForAOneChoiceQuestionAreRefused() throws IOException {
    String file = answers("{\"danger-now\": [\"no\", \"yes\"]}");

    assertUsageError(AtlasRun.piped().run("checkin", "--answers", file), "atlas checkin: --answers '" + file
        + "': question 'danger-now' takes one choice, not 2");
  }

  @Test
  void aMalformedAnswersFileSaysWhatIsWrong() throws IOException {
    assertUsageError(AtlasRun.piped().run("checkin", "--answers", answers("{\"danger-now\": \"no\",}")),
        "at line 1, column 21: this is not valid JSON: ");
    assertUsageError(AtlasRun.piped().run("checkin", "--answers", answers("[\"no\"]")),
        "must be a JSON object of question id to choice id, such as {\"danger-now\": \"no\"}");
    assertUsageError(AtlasRun.piped().run("checkin", "--answers", answers("")),
        "must be a JSON object of question id to choice id");
    assertUsageError(AtlasRun.piped().run("checkin", "--answers", answers("{\"danger-now\": true}")),
        "gives 'danger-now' something other than a choice id or a non-empty list of choice ids");
    assertUsageError(AtlasRun.piped().run("checkin", "--answers", answers("{\"what-happened\": []}")),
        "gives 'what-happened' something other than a choice id or a non-empty list of choice ids");
    assertUsageError(AtlasRun.piped().run("checkin", "--answers", answers("{\"a\": \"no\", \"a\": \"yes\"}")),
        "at line 1, column 13: duplicate key 'a': it is also at line 1, column 2");
  }

  @Test
  void aMissingAnswersFileIsAUsageErrorNamingThePath() {
    Path missing = folder.resolve("nowhere.json");

    assertUsageError(AtlasRun.piped().run("checkin", "--answers", missing.toString()),
        "atlas checkin: --answers '" + missing + "' does not exist");
  }

  @Test
  void theWhereAnswerSetsTheRegionOfTheNumbersWhenADangerAnswerStops() throws IOException {
    AtlasRun.Result text = AtlasRun.piped().run("checkin", "--answers",
        answers("{\"danger-now\": \"yes\", \"where\": \"gb\"}"), "--region", "US");
    AtlasRun.Result json = AtlasRun.piped().run("checkin", "--json", "--answers",
        answers("{\"danger-now\": \"yes\", \"where\": \"gb\"}"));

    assertThat(text.out()).startsWith("In an emergency, call 999 (United Kingdom).\n");
    assertThat(json.out()).contains("\"status\" : \"stop\"", "\"999\"").doesNotContain("\"112\"");
  }

  @Test
  void ukAndCountryNamesAreRegionsAndOneItCannotPlaceIsTheInternationalDirectory() throws IOException {
    AtlasRun.Result uk = AtlasRun.piped().run("checkin", "--region", "UK", "--answers",
        answers("{\"danger-now\": \"yes\"}"));
    AtlasRun.Result unknown = AtlasRun.piped().run("checkin", "--region", "ZZ", "--answers",
        answers("{\"danger-now\": \"yes\"}"));

    assertThat(uk.out()).startsWith("In an emergency, call 999 (United Kingdom).\n");
    assertThat(unknown.exitCode()).isZero();
    assertThat(unknown.out()).startsWith("In an emergency, call 112 (international).\n"
        + "  By country: United States 911, Canada 911, United Kingdom 999, Australia 000,\n"
        + "  New Zealand 111, Ireland 112 or 999, India 112, South Africa 10111, Singapore\n"
        + "  999.\n");
  }

  @Test
  void aTogetherReadingNeverPrintsWhatWasDisclosedAlone() throws IOException {
    AtlasRun.Result result = AtlasRun.piped().run("checkin", "--region", "GB", "--answers", answers(
        "{\"privately\": \"together\", \"pressured-into-sex\": \"yes\", \"what-happened\": [\"cheating\"]}"));

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).doesNotContain("Sexual violence").doesNotContain("sexual-violence");
  }

  @Test
  void noColorLeavesNoEscapeCodesEvenOnATerminal() throws IOException {
    String file = answers(SAFE_AND_CHEATED);

    assertThat(AtlasRun.onTerminal().run("checkin", "--answers", file).out()).contains(ESCAPE);
    assertThat(AtlasRun.onTerminal().with("NO_COLOR", "1").run("checkin", "--answers", file).out())
        .doesNotContain(ESCAPE);
  }

  /**
   * A file name is the system's to judge, for --answers as for --events and --pack: a name holding a
   * control character was refused as a usage error ("--answers holds a control character") because
   * --answers took text, not a path. Read now; named in an error, its control characters show as symbols.
   */
  @Test
  void anAnswersFileWhoseNameHoldsAControlCharacterIsReadAsAnyFile() throws IOException {
    Path odd = Files.writeString(folder.resolve("answers\u0001\u001b[2J.json"), "{\"danger-now\": \"yes\"}",
        StandardCharsets.UTF_8);

    AtlasRun.Result result = AtlasRun.piped().run("checkin", "--answers", odd.toString(), "--region", "US");
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out().lines().findFirst()).hasValue("In an emergency, call 911 (United States).");

    Path missing = folder.resolve("gone\u0007.json");
    AtlasRun.Result gone = AtlasRun.piped().run("checkin", "--answers", missing.toString());
    assertThat(gone.exitCode()).isEqualTo(2);
    assertThat(gone.err()).isEqualTo("atlas checkin: --answers '" + folder.resolve("gone\u2407.json")
        + "' does not exist. See 'atlas checkin --help'.\n");
  }

  private String answers(String json) throws IOException {
    return Files.writeString(Files.createTempFile(folder, "answers", ".json"), json, StandardCharsets.UTF_8).toString();
  }

  private List<Path> listing() throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.sorted().toList();
    }
  }

  private static void assertUsageError(AtlasRun.Result result, String part) {
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err().lines()).singleElement().asString().contains(part)
        .startsWith("atlas checkin: ").endsWith("See 'atlas checkin --help'.");
  }
}
