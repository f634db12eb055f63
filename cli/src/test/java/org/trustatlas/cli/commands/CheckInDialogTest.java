package org.trustatlas.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.trustatlas.cli.output.Style;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.core.checkin.CheckIn;
import org.trustatlas.core.checkin.CheckInStep;
import org.trustatlas.core.checkin.Choice;
import org.trustatlas.core.safety.Region;

/** The terminal dialog of {@code atlas checkin}, fed typed lines. */
class CheckInDialogTest {

  private static final CheckIn CHECK_IN = TrustAtlas.bundled().checkIn();

  private final StringWriter screen = new StringWriter();

  private Optional<CheckInStep> typing(String... lines) {
    BufferedReader keyboard = new BufferedReader(new StringReader(String.join("\n", lines) + "\n"));
    CheckInDialog dialog = new CheckInDialog(keyboard, new PrintWriter(screen, true), new Style(false), 80);
    return dialog.run(CHECK_IN, Region.of("US"));
  }

  @Test
  void asksWhetherAnyoneCanSeeTheAnswersBeforeAnySafetyQuestion() {
    typing("q");

    assertThat(screen.toString()).contains("Private: your answers stay in this program's memory",
        "\nBefore we start\n\n1/12 Can you answer these questions without anyone else seeing or hearing",
        "  1  Yes, I am on my own\n  2  We are reading this together\n"
            + "  3  No, someone might see or hear\n  4  Not sure\n> ");
    assertThat(screen.toString()).doesNotContain("Your safety");
  }

  @Test
  void safetyQuestionsComeNextWithNumberedChoicesIncludingNotSure() {
    typing("1", "", "q");

    assertThat(screen.toString()).contains("\nYour safety\n\n3/12 Are you in danger right now, or afraid that "
        + "someone may hurt you today?\n  1  Yes\n  2  No\n  3  Not sure\n> ");
  }

  @Test
  void aDangerAnswerEndsTheDialogAtOnceWithTheNumbersOfWhereTheReaderLives() {
    Optional<CheckInStep> end = typing("1", "3", "1", "2", "2");

    assertThat(end).containsInstanceOf(CheckInStep.StopHere.class);
    assertThat(((CheckInStep.StopHere) end.orElseThrow()).resources().emergencyNumber().primary()).isEqualTo("999");
    assertThat(screen.toString()).doesNotContain("4/12");
  }

  @Test
  void answeringEveryQuestionEndsInAPlanAndEnterAloneMeansNotSure() {
    Optional<CheckInStep> end = typing("1", "1", "2", "", "2", "2", "2", "2", "1", "1 2", "", "");

    assertThat(end).containsInstanceOf(CheckInStep.Planned.class);
    CheckInStep.Planned planned = (CheckInStep.Planned) end.orElseThrow();
    assertThat(planned.plan().situation().region()).isEqualTo(Region.of("US"));
    assertThat(screen.toString()).contains("\nWhat is happening\n", "(any that apply) > ", "12/12 ");
  }

  @Test
  void readingTogetherSkipsEveryQuestionForAReaderAlone() {
    Optional<CheckInStep> end = typing("2", "4", "1", "");

    assertThat(end).containsInstanceOf(CheckInStep.Planned.class);
    assertThat(screen.toString()).doesNotContain("Your safety", "Are you in danger", "Which of these is closest")
        .contains("3/4 What has shaken trust between you?");
  }

  @Test
  void anythingButANumberOfAChoiceIsAskedAgain() {
    typing("yes", "0", "5", "1", "q");

    assertThat(screen.toString()).containsSubsequence(
        "Please type a number from 1 to 4, Enter alone for not sure, or q to stop.",
        "Please type a number from 1 to 4",
        "Please type a number from 1 to 4",
        "2/12 ");
  }

  @Test
  void coresRefusalOfAMixIsShownAndAskedAgain() {
    // Question 10 allows several choices, but not "not sure" with others.
    typing("1", "1", "2", "2", "2", "2", "2", "2", "1", "1 8", "q");

    assertThat(screen.toString()).contains("'not-sure' cannot be combined with other choices. Please answer again.");
  }

  @Test
  void qOrTheEndOfInputStopsWithNothingKept() {
    assertThat(typing("1", "q")).isEmpty();
    assertThat(new CheckInDialog(new BufferedReader(new StringReader("")), new PrintWriter(new StringWriter()),
        new Style(false), 80).run(CHECK_IN, Region.INTERNATIONAL)).isEmpty();
  }

  @Test
  void typedNumbersBecomeChoiceIds() {
    List<Choice> choices = List.of(Choice.of("a", "A"), Choice.of("b", "B"), Choice.of("not-sure", "Not sure"));

    assertThat(CheckInDialog.parse(" 2 ", choices)).contains(List.of("b"));
    assertThat(CheckInDialog.parse("1,2 1", choices)).contains(List.of("a", "b"));
    assertThat(CheckInDialog.parse("", choices)).contains(List.of());
    assertThat(CheckInDialog.parse("4", choices)).isEmpty();
    assertThat(CheckInDialog.parse("b", choices)).isEmpty();
  }
}
