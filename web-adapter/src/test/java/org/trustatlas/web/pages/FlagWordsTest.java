package org.trustatlas.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.content.read.Wording;
import org.trustatlas.core.safety.SafetyFlag;
import org.trustatlas.web.pages.Views.FlagQuestion;
import org.trustatlas.web.pages.Views.Option;

class FlagWordsTest {

  private final Wording wording = TrustAtlas.bundled().wording();

  /** A flag the core adds must be asked on the plan form too, or readers could never answer it. */
  @Test
  void thePlanFormAsksThePacksQuestionForEverySafetyFlagOnceDangerFirst() {
    List<FlagQuestion> questions = FlagWords.questions(wording, Map.of());
    assertThat(questions).extracting(FlagQuestion::name).containsExactlyInAnyOrder(
        java.util.Arrays.stream(SafetyFlag.values()).map(SafetyFlag::slug).toArray(String[]::new));
    assertThat(questions.get(0).name()).isEqualTo(SafetyFlag.IMMEDIATE_DANGER.slug());
    for (FlagQuestion question : questions) {
      assertThat(question.prompt()).isEqualTo(wording.question(SafetyFlag.parse(question.name())));
    }
  }

  @Test
  void anUnansweredQuestionIsMarkedNotSureAndAnAnswerKeepsItsState() {
    List<FlagQuestion> questions = FlagWords.questions(wording, Map.of(SafetyFlag.FEAR_OF_PARTNER, "yes"));
    for (FlagQuestion question : questions) {
      String checked = question.answers().stream().filter(Option::checked).map(Option::value).findFirst().orElseThrow();
      assertThat(checked).as(question.name()).isEqualTo(question.name().equals("fear-of-partner") ? "yes" : "unknown");
    }
  }
}
