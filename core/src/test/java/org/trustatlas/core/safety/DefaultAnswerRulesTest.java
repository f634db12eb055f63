package org.trustatlas.core.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trustatlas.core.safety.SampleConcepts.challenge;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustatlas.core.model.Challenge;
import org.trustatlas.core.model.ChallengeFamily;

/** What the bundled rules put in the safety block of a whole answer. */
class DefaultAnswerRulesTest {

  private static final SafetyGate GATE = SafetyRulesFixture.defaultGate();

  private static SafetyAssessment assess(SafetyContext context, Challenge... challenges) {
    return GATE.assess(context, List.of(challenges));
  }

  @Test
  void unknownFlagsGiveANeutralNoteAndASeparateScreeningSuggestion() {
    SafetyAssessment assessment = assess(SafetyContext.unknown(), challenge("work-stress", ChallengeFamily.EXTERNAL_STRESSOR));
    assertThat(assessment.level()).isEqualTo(SafetyLevel.UNSCREENED);
    assertThat(assessment.notices()).extracting(Notice::ruleId)
        .containsExactly("unknown-flags-neutral-safety-note", "unknown-flags-separate-screening");
    assertThat(assessment.notices().get(0).text()).contains("nothing here assumes the answers");
    assertThat(assessment.notices().get(1).text()).contains("on your own, without your partner present");
  }

  @Test
  void immediateDangerEscalatesWithDomesticViolenceServices() {
    SafetyAssessment assessment = assess(SafetyContext.unknown().with(SafetyFlag.IMMEDIATE_DANGER, TriState.YES));
    assertThat(assessment.level()).isEqualTo(SafetyLevel.EMERGENCY);
    assertThat(assessment.escalations()).extracting(Notice::ruleId).containsExactly("immediate-danger-comes-first");
    assertThat(assessment.services()).contains(ServiceType.DOMESTIC_VIOLENCE);
  }

  @Test
  void selfHarmRiskEscalatesToACrisisLine() {
    SafetyAssessment assessment = assess(SafetyContext.unknown().with(SafetyFlag.SELF_HARM_RISK, TriState.YES));
    assertThat(assessment.escalations()).extracting(Notice::ruleId).containsExactly("self-harm-risk-comes-first");
    assertThat(assessment.services()).contains(ServiceType.CRISIS_LINE);
  }

  @Test
  void sexualViolenceByAPartnerAddsSexualAssaultServices() {
    SafetyAssessment assessment = assess(SafetyContext.unknown(),
        challenge("sexual-violence-by-partner", ChallengeFamily.PARTNER_HARM));
    assertThat(assessment.level()).isEqualTo(SafetyLevel.PARTNER_HARM);
    assertThat(assessment.services()).containsExactly(ServiceType.DOMESTIC_VIOLENCE, ServiceType.SEXUAL_ASSAULT,
        ServiceType.CRISIS_LINE);
    assertThat(assessment.notices()).extracting(Notice::ruleId).contains("partner-harm-safety-first");
  }

  @Test
  void pastTraumaIsSurvivorPacedWithSexualAssaultServices() {
    SafetyAssessment assessment = assess(SafetyContext.unknown(), challenge("trauma", ChallengeFamily.PAST_TRAUMA));
    assertThat(assessment.notices()).extracting(Notice::ruleId).contains("past-trauma-survivor-sets-the-pace");
    assertThat(assessment.services()).contains(ServiceType.SEXUAL_ASSAULT);
  }

  @Test
  void addictionAddsSubstanceServices() {
    assertThat(assess(SafetyContext.unknown(), challenge("addiction", ChallengeFamily.INDIVIDUAL)).services())
        .contains(ServiceType.SUBSTANCE);
  }

  @Test
  void aPowerImbalanceAsksWhetherItFeelsLikeControl() {
    SafetyAssessment assessment = assess(SafetyContext.unknown(), challenge("power-imbalance", ChallengeFamily.STRUCTURAL));
    assertThat(assessment.notices()).extracting(Notice::ruleId).contains("power-imbalance-check-for-control");
  }
}
