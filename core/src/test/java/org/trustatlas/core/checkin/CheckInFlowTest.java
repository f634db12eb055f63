package org.trustatlas.core.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trustatlas.core.model.ConceptId;
import org.trustatlas.core.repair.ReaderRole;
import org.trustatlas.core.safety.Region;
import org.trustatlas.core.safety.SafetyFlag;
import org.trustatlas.core.safety.SafetyLevel;
import org.trustatlas.core.safety.ServiceType;
import org.trustatlas.core.safety.TriState;

class CheckInFlowTest {

  private final CheckIn checkIn = CheckInFixture.checkIn();

  private CheckInStep.Ask first(Region region) {
    return (CheckInStep.Ask) checkIn.start(region);
  }

  /** The first safety question, once the reader said they are alone and skipped where they live. */
  private CheckInStep.Ask dangerNow(Region region) {
    return (CheckInStep.Ask) ((CheckInStep.Ask) first(region).answer("alone")).skip();
  }

  @Test
  void theFirstQuestionAsksWhetherTheReaderCanAnswerPrivatelyBeforeAnySafetyQuestion() {
    CheckInStep.Ask ask = first(Region.of("GB"));
    assertThat(ask.question().id()).isEqualTo("privately");
    assertThat(ask.question().section()).isEqualTo(Section.SETTING);
    assertThat(ask.number()).isEqualTo(1);
    assertThat(ask.of()).isEqualTo(12);
    assertThat(dangerNow(Region.of("GB")).question().id()).isEqualTo("danger-now");
  }

  @Test
  void aDangerAnswerEndsAtOnceWithTheEmergencyNumberAndServices() {
    CheckInStep step = dangerNow(Region.of("GB")).answer("yes");
    assertThat(step).isInstanceOfSatisfying(CheckInStep.StopHere.class, stop -> {
      assertThat(stop.resources().level()).isEqualTo(SafetyLevel.EMERGENCY);
      assertThat(stop.resources().startsWithEmergencyNumber()).isTrue();
      assertThat(stop.resources().emergencyNumber().primary()).isEqualTo("999");
      assertThat(stop.resources().lists(ServiceType.DOMESTIC_VIOLENCE)).isTrue();
    });
  }

  @Test
  void thoughtsOfSelfHarmEndAtOnceWithACrisisLine() {
    CheckInStep step = ((CheckInStep.Ask) dangerNow(Region.of("AU")).answer("no")).answer("yes");
    assertThat(step).isInstanceOfSatisfying(CheckInStep.StopHere.class, stop -> {
      assertThat(stop.safety().flag(SafetyFlag.SELF_HARM_RISK)).isEqualTo(TriState.YES);
      assertThat(stop.resources().services().get(0).type()).isEqualTo(ServiceType.CRISIS_LINE);
      assertThat(stop.resources().services()).extracting(s -> s.resource().id()).contains("au-lifeline");
    });
  }

  @Test
  void theWhereAnswerSetsTheRegionOfEveryNumberEvenWhenADangerAnswerStopsTheCheckIn() {
    CheckInStep step = checkIn.run(Map.of("danger-now", List.of("yes"), "where", List.of("gb")), Region.of("US"));
    assertThat(step).isInstanceOfSatisfying(CheckInStep.StopHere.class, stop -> {
      assertThat(stop.safety().region()).isEqualTo(Region.of("GB"));
      assertThat(stop.resources().emergencyNumber().primary()).isEqualTo("999");
      assertThat(stop.resources().services()).allSatisfy(s -> assertThat(s.resource().region().code()).isEqualTo("GB"));
    });
  }

  @Test
  void notSureAboutSelfHarmStillListsACrisisLine() {
    CheckInStep step = checkIn.run(Map.of("thoughts-of-self-harm", List.of("not-sure"), "where", List.of("ca")),
        Region.INTERNATIONAL);
    assertThat(step).isInstanceOfSatisfying(CheckInStep.NothingNamed.class,
        nothing -> assertThat(nothing.resources().lists(ServiceType.CRISIS_LINE)).isTrue());
  }

  @Test
  void aTogetherReadingNeverAsksASafetyQuestionOrAQuestionForOneReaderAlone() {
    CheckInStep step = ((CheckInStep.Ask) first(Region.of("GB")).answer("together")).skip();
    java.util.List<String> asked = new java.util.ArrayList<>();
    while (step instanceof CheckInStep.Ask ask) {
      asked.add(ask.question().id());
      assertThat(ask.of()).isEqualTo(4);
      step = ask.skip();
    }
    assertThat(asked).containsExactly("what-happened", "consequences");
  }

  @Test
  void aTogetherReadingSetsAsideAnswersMeantForOneReaderSoNothingDisclosedIsShown() {
    CheckInStep step = checkIn.run(Map.of("privately", List.of("together"), "pressured-into-sex", List.of("yes"),
        "past-harm", List.of("sexual"), "what-happened", List.of("cheating")), Region.of("GB"));
    assertThat(step).isInstanceOfSatisfying(CheckInStep.Planned.class, planned -> {
      assertThat(planned.situation().role()).isEqualTo(ReaderRole.BOTH);
      assertThat(planned.situation().challenges()).containsExactly(ConceptId.of("infidelity"));
      assertThat(planned.situation().safety().flag(SafetyFlag.SEXUAL_VIOLENCE_BY_PARTNER)).isEqualTo(TriState.UNKNOWN);
    });
  }

  @Test
  void aDangerAnswerStopsTheCheckInEvenInATogetherReadingBecauseSafetyComesFirst() {
    CheckInStep step = checkIn.run(Map.of("privately", List.of("together"), "where", List.of("au"),
        "danger-now", List.of("yes")), Region.INTERNATIONAL);
    assertThat(step).isInstanceOfSatisfying(CheckInStep.StopHere.class,
        stop -> assertThat(stop.resources().emergencyNumber().primary()).isEqualTo("000"));
  }

  @Test
  void theQuestionsAfterTheSettingOnesLeaveOutThoseForOneReaderWhenOthersCanSee() {
    assertThat(checkIn.afterSetting(Map.of("privately", List.of("not-alone"))))
        .extracting(Question::id).containsExactly("what-happened", "consequences");
    assertThat(checkIn.afterSetting(Map.of("privately", List.of("alone")))).hasSize(10);
  }

  @Test
  void answersBecomeASituationAndAPlan() {
    CheckInStep step = checkIn.run(Map.of(
        "danger-now", List.of("no"), "thoughts-of-self-harm", List.of("no"), "afraid-of-partner", List.of("no"),
        "partner-hurt-you", List.of("no"), "partner-controls", List.of("no"), "pressured-into-sex", List.of("no"),
        "who-you-are", List.of("hurt-partner"), "what-happened", List.of("cheating", "lies"),
        "consequences", List.of("sti"), "where", List.of("ca")), Region.INTERNATIONAL);
    assertThat(step).isInstanceOfSatisfying(CheckInStep.Planned.class, planned -> {
      assertThat(planned.situation().role()).isEqualTo(ReaderRole.HURT_PARTNER);
      assertThat(planned.situation().challenges()).containsExactly(ConceptId.of("infidelity"), ConceptId.of("betrayal"));
      assertThat(planned.situation().aggravators()).containsExactly(ConceptId.of("sti"));
      assertThat(planned.situation().region()).isEqualTo(Region.of("CA"));
      assertThat(planned.situation().safety().flag(SafetyFlag.FEAR_OF_PARTNER)).isEqualTo(TriState.NO);
      assertThat(planned.plan().safety().level()).isEqualTo(SafetyLevel.NO_RISK_SIGNALLED);
      assertThat(planned.plan().steps()).extracting(s -> s.strategy().value()).contains("sexual-health-testing");
    });
  }

  @Test
  void harmByAPartnerDoesNotStopButTheCheckInEndsInASafetyFirstPlanForASurvivor() {
    CheckInStep step = checkIn.run(Map.of("partner-controls", List.of("yes"), "where", List.of("us")),
        Region.INTERNATIONAL);
    assertThat(step).isInstanceOfSatisfying(CheckInStep.Planned.class, planned -> {
      assertThat(planned.situation().role()).isEqualTo(ReaderRole.SURVIVOR);
      assertThat(planned.situation().challenges()).containsExactly(ConceptId.of("coercive-control"));
      assertThat(planned.plan().safety().level()).isEqualTo(SafetyLevel.PARTNER_HARM);
      assertThat(planned.plan().safety().startsWithEmergencyNumber()).isTrue();
    });
  }

  @Test
  void skippedQuestionsCountAsNotSureAndNamingNothingStillShowsSupport() {
    CheckInStep step = checkIn.run(Map.of(), Region.of("GB"));
    assertThat(step).isInstanceOfSatisfying(CheckInStep.NothingNamed.class, nothing -> {
      assertThat(nothing.safety().anyUnknown()).isTrue();
      assertThat(nothing.resources().notices()).extracting(n -> n.ruleId())
          .contains("unknown-flags-neutral-safety-note", "unknown-flags-separate-screening");
    });
  }

  @Test
  void aYesOutweighsALaterNotSureAboutTheSameFlag() {
    CheckInStep step = checkIn.run(Map.of("pressured-into-sex", List.of("yes"), "what-happened", List.of("cheating")),
        Region.INTERNATIONAL);
    assertThat(((CheckInStep.Planned) step).situation().safety().flag(SafetyFlag.SEXUAL_VIOLENCE_BY_PARTNER))
        .isEqualTo(TriState.YES);
  }

  @Test
  void scriptedAnswersNameTheBadQuestionOrChoice() {
    assertThatThrownBy(() -> checkIn.run(Map.of("danger-nwo", List.of("no")), Region.INTERNATIONAL))
        .hasMessageContaining("unknown question 'danger-nwo'").hasMessageContaining("did you mean 'danger-now'");
    assertThatThrownBy(() -> checkIn.run(Map.of("danger-now", List.of("maybe")), Region.INTERNATIONAL))
        .hasMessageContaining("has no choice 'maybe'").hasMessageContaining("valid: yes, no, not-sure");
  }

  @Test
  void oneChoiceQuestionsTakeOneAndNotSureStandsAlone() {
    assertThatThrownBy(() -> dangerNow(Region.INTERNATIONAL).answer("yes", "no"))
        .hasMessageContaining("takes one choice");
    assertThatThrownBy(() -> checkIn.run(Map.of("what-happened", List.of("cheating", "not-sure")), Region.INTERNATIONAL))
        .hasMessageContaining("cannot be combined");
  }

  @Test
  void stepsAreValuesSoGoingBackIsKeepingThePreviousOne() {
    CheckInStep.Ask firstQuestion = dangerNow(Region.INTERNATIONAL);
    CheckInStep.Ask second = (CheckInStep.Ask) firstQuestion.answer("no");
    assertThat(firstQuestion.answer("yes")).isInstanceOf(CheckInStep.StopHere.class);
    assertThat(second.question().id()).isEqualTo("thoughts-of-self-harm");
  }
}
