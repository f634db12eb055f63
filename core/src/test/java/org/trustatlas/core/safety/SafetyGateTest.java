package org.trustatlas.core.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trustatlas.core.safety.Condition.anyFlag;
import static org.trustatlas.core.safety.Condition.candidate;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustatlas.core.model.ChallengeFamily;

/** How the gate combines rules, independent of what the bundled rules say. */
class SafetyGateTest {

  private static final SafetyRule FIRST = new SafetyRule("first-suppression", candidate(CandidateTrait.CONJOINT),
      Effect.suppress("First reason."), "Why.", "s");
  private static final SafetyRule SECOND = new SafetyRule("second-suppression", candidate(CandidateTrait.CONJOINT),
      Effect.suppress("Second reason."), "Why.", "s");
  private static final SafetyRule CAVEAT = new SafetyRule("a-caveat", candidate(CandidateTrait.CONJOINT),
      Effect.caveat("Careful."), "Why.", "s");
  private static final SafetyRule ESCALATION = new SafetyRule("an-escalation",
      anyFlag(TriState.YES, SafetyFlag.SELF_HARM_RISK), Effect.escalate("Call now."), "Why.", "s");

  @Test
  void theFirstMatchingSuppressionWins() {
    Decision decision = SafetyGate.of(List.of(CAVEAT, FIRST, SECOND))
        .evaluate(SafetyContext.unknown(), List.of(), SampleConcepts.couplesTherapy());
    assertThat(decision).isEqualTo(new Decision.Suppress("first-suppression", "First reason."));
  }

  @Test
  void withoutRulesACandidateIsShown() {
    assertThat(SafetyGate.of(List.of()).evaluate(SafetyContext.unknown(), List.of(), SampleConcepts.couplesTherapy())
        .verdict()).isEqualTo(Verdict.SHOW);
  }

  @Test
  void caveatsAccumulateInRuleOrder() {
    Decision decision = SafetyGate.of(List.of(CAVEAT))
        .evaluate(SafetyContext.unknown(), List.of(), SampleConcepts.couplesTherapy());
    assertThat(decision.verdict()).isEqualTo(Verdict.SHOW_WITH_CAVEAT);
    assertThat(decision.caveats()).containsExactly(new Notice("a-caveat", "Careful."));
  }

  @Test
  void anEscalatingRuleEscalatesEveryShownCandidateAndKeepsItsCaveats() {
    SafetyContext risk = SafetyContext.unknown().with(SafetyFlag.SELF_HARM_RISK, TriState.YES);
    Decision decision = SafetyGate.of(List.of(ESCALATION, CAVEAT)).evaluate(risk, List.of(),
        SampleConcepts.couplesTherapy());
    assertThat(decision).isEqualTo(new Decision.Escalate(List.of(new Notice("an-escalation", "Call now.")),
        List.of(new Notice("a-caveat", "Careful."))));
  }

  @Test
  void immediateDangerEscalatesEvenWhenAPackHasNoRuleForIt() {
    SafetyGate empty = SafetyGate.of(List.of());
    SafetyContext danger = SafetyContext.unknown().with(SafetyFlag.IMMEDIATE_DANGER, TriState.YES);
    assertThat(empty.evaluate(danger, List.of(), SampleConcepts.separation()).verdict()).isEqualTo(Verdict.ESCALATE);
    SafetyAssessment assessment = empty.assess(danger, List.of());
    assertThat(assessment.level()).isEqualTo(SafetyLevel.EMERGENCY);
    assertThat(assessment.services()).contains(ServiceType.DOMESTIC_VIOLENCE);
  }

  @Test
  void partnerHarmListsDomesticViolenceServicesEvenWhenAPackHasNoRuleForIt() {
    SafetyAssessment assessment = SafetyGate.of(List.of()).assess(SafetyContext.unknown(),
        List.of(SampleConcepts.challenge("stalking", ChallengeFamily.PARTNER_HARM)));
    assertThat(assessment.level()).isEqualTo(SafetyLevel.PARTNER_HARM);
    assertThat(assessment.services()).containsExactly(ServiceType.DOMESTIC_VIOLENCE, ServiceType.CRISIS_LINE);
  }

  @Test
  void aRiskOfSelfHarmPutsTheCrisisLineBeforeEveryOtherService() {
    SafetyContext context = SafetyContext.unknown().with(SafetyFlag.SELF_HARM_RISK, TriState.YES)
        .with(SafetyFlag.ONGOING_ABUSE, TriState.YES).with(SafetyFlag.SEXUAL_VIOLENCE_BY_PARTNER, TriState.YES);
    SafetyAssessment assessment = SafetyRulesFixture.defaultGate().assess(context, List.of());
    assertThat(assessment.services().get(0)).isEqualTo(ServiceType.CRISIS_LINE);
  }

  @Test
  void aCrisisLineIsListedUnlessTheReaderSaidNoToSelfHarm() {
    SafetyGate empty = SafetyGate.of(List.of());
    assertThat(empty.assess(SafetyContext.unknown(), List.of()).services()).contains(ServiceType.CRISIS_LINE);
    assertThat(empty.assess(SafetyContext.unknown().with(SafetyFlag.SELF_HARM_RISK, TriState.NO), List.of()).services())
        .doesNotContain(ServiceType.CRISIS_LINE);
  }

  @Test
  void theAssessmentIgnoresRulesAboutOneCandidate() {
    SafetyAssessment assessment = SafetyGate.of(List.of(CAVEAT, FIRST)).assess(SafetyContext.unknown(), List.of());
    assertThat(assessment.notices()).isEmpty();
    assertThat(assessment.level()).isEqualTo(SafetyLevel.UNSCREENED);
  }

  @Test
  void aReaderWhoAnsweredNoToEverythingHasNoRiskSignalled() {
    SafetyContext allNo = SafetyContext.unknown();
    for (SafetyFlag flag : SafetyFlag.values()) {
      allNo = allNo.with(flag, TriState.NO);
    }
    assertThat(SafetyRulesFixture.defaultGate().assess(allNo, List.of()).level())
        .isEqualTo(SafetyLevel.NO_RISK_SIGNALLED);
  }
}
