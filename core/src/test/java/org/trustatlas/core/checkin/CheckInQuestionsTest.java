package org.trustatlas.core.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.trustatlas.core.repair.AtlasFixture;
import org.trustatlas.core.safety.SafetyFlag;
import org.trustatlas.core.safety.TriState;

/** The bundled questions, and the rules every check-in keeps. */
class CheckInQuestionsTest {

  /** Every country whose own services the bundled directory lists can be chosen, so its readers meet them. */
  @Test
  void whereTheReaderLivesOffersEveryCountryWithItsOwnServices() {
    Question where = CheckInFixture.questions().stream().filter(q -> q.id().equals("where")).findFirst().orElseThrow();
    assertThat(where.choices()).extracting(choice -> choice.region().map(Object::toString).orElse("-"))
        .contains("US", "CA", "GB", "AU", "IE", "NZ", "INTL");
  }

  private static final List<Question> QUESTIONS = CheckInFixture.questions();

  @Test
  void theBundledCheckInAsksAboutPrivacyAndPlaceThenSafetyThenTheSituation() {
    assertThat(QUESTIONS).hasSizeBetween(CheckIn.MIN_QUESTIONS, CheckIn.MAX_QUESTIONS);
    assertThat(QUESTIONS.subList(0, 2)).allSatisfy(q -> assertThat(q.section()).isEqualTo(Section.SETTING));
    assertThat(QUESTIONS.subList(2, 8)).allSatisfy(q -> assertThat(q.section()).isEqualTo(Section.SAFETY));
    assertThat(QUESTIONS.subList(8, QUESTIONS.size())).allSatisfy(q -> assertThat(q.section()).isEqualTo(Section.SITUATION));
  }

  @Test
  void everyQuestionOffersNotSure() {
    assertThat(QUESTIONS).allSatisfy(q -> assertThat(q.choices()).anySatisfy(c -> assertThat(c.notSure()).isTrue()));
  }

  @Test
  void everyFlagIsAskedAboutAndOnlyDangerAndSelfHarmStopAtOnce() {
    List<SafetyFlag> asked = QUESTIONS.stream().flatMap(q -> q.choices().stream()).flatMap(c -> c.flags().keySet().stream())
        .distinct().toList();
    assertThat(asked).containsExactlyInAnyOrder(SafetyFlag.values());
    List<SafetyFlag> stopping = QUESTIONS.stream().flatMap(q -> q.choices().stream()).filter(Choice::stop)
        .flatMap(c -> c.flags().keySet().stream()).toList();
    assertThat(stopping).containsExactlyInAnyOrder(SafetyFlag.IMMEDIATE_DANGER, SafetyFlag.SELF_HARM_RISK);
  }

  @Test
  void everyIdAnAnswerNamesExistsInTheAtlas() {
    QUESTIONS.stream().flatMap(q -> q.choices().stream())
        .flatMap(c -> java.util.stream.Stream.concat(c.challenges().stream(), c.aggravators().stream()))
        .forEach(id -> assertThat(AtlasFixture.atlas().concept(id)).as(id.value()).isPresent());
  }

  @Test
  void noPromptReusesWordingFromPublishedScreeningScales() {
    List<String> published = List.of("physically hurt you", "insult or talk down to you", "scream or curse at you",
        "threaten you with harm", "a lot of tension", "proven to be trustworthy", "primarily interested in",
        "do you feel safe at home");
    assertThat(QUESTIONS).allSatisfy(q -> assertThat(q.prompt().toLowerCase(Locale.ROOT)).doesNotContain(published));
  }

  @Test
  void settingQuestionsComeBeforeSafetyAndSafetyBeforeTheSituation() {
    List<Question> late = new ArrayList<>(QUESTIONS);
    late.add(late.remove(2));
    assertThatThrownBy(() -> CheckIn.of(late, AtlasFixture.planner()))
        .hasMessageContaining("safety question 'danger-now' comes after a situation question");
    List<Question> privacyLate = new ArrayList<>(QUESTIONS);
    privacyLate.add(3, privacyLate.remove(0));
    assertThatThrownBy(() -> CheckIn.of(privacyLate, AtlasFixture.planner()))
        .hasMessageContaining("setting question 'privately' comes after a safety question");
  }

  @Test
  void onlyASettingQuestionMaySayOthersCanSeeTheAnswers() {
    assertThatThrownBy(() -> Question.of("q", Section.SITUATION, "Q?", Choice.of("together", "Together")
        .sharesTheScreen(), Choice.of("not-sure", "Not sure")))
        .hasMessageContaining("only setting questions may");
  }

  @Test
  void everySafetyQuestionIsForAReaderAlone() {
    assertThat(QUESTIONS).filteredOn(q -> q.section() == Section.SAFETY).allSatisfy(q -> assertThat(q.asksAlone()).isTrue());
  }

  @Test
  void aCheckInHasTenToTwentyQuestions() {
    assertThatThrownBy(() -> CheckIn.of(QUESTIONS.subList(0, 9), AtlasFixture.planner()))
        .hasMessageContaining("10 to 20 questions, not 9");
  }

  @Test
  void onlyASafetyQuestionMayStopAndOnlyBySettingAFlagToYes() {
    Choice stopping = Choice.of("yes", "Yes").flag(SafetyFlag.FEAR_OF_PARTNER, TriState.YES).stops();
    assertThatThrownBy(() -> Question.of("q", Section.SITUATION, "Q?", stopping, Choice.of("not-sure", "Not sure")))
        .hasMessageContaining("only safety questions may");
    assertThatThrownBy(() -> Choice.of("yes", "Yes").stops()).hasMessageContaining("must set a safety flag to yes");
  }

  @Test
  void aQuestionWithoutNotSureIsRejected() {
    assertThatThrownBy(() -> Question.of("q", Section.SAFETY, "Q?", Choice.of("yes", "Yes"), Choice.of("no", "No")))
        .hasMessageContaining("must offer a 'not-sure' choice");
  }
}
