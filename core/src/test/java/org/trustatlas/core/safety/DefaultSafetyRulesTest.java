package org.trustatlas.core.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trustatlas.core.model.ActorRole.BOTH;
import static org.trustatlas.core.model.ActorRole.HURT_PARTNER;
import static org.trustatlas.core.model.ActorRole.INDIVIDUAL;
import static org.trustatlas.core.model.ActorRole.INVOLVED_PARTNER;
import static org.trustatlas.core.safety.SampleConcepts.Trait.ADJUNCT;
import static org.trustatlas.core.safety.SampleConcepts.Trait.FAULT;
import static org.trustatlas.core.safety.SampleConcepts.challenge;
import static org.trustatlas.core.safety.SampleConcepts.strategy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustatlas.core.model.Challenge;
import org.trustatlas.core.model.ChallengeFamily;
import org.trustatlas.core.model.Concept;

/** What the bundled rule set decides; each test is one line of safety-rules.yaml read as behaviour. */
class DefaultSafetyRulesTest {

  private static final SafetyGate GATE = SafetyRulesFixture.defaultGate();
  private static final List<Challenge> INFIDELITY = List.of(challenge("infidelity", ChallengeFamily.RELATIONAL_BETRAYAL));
  private static final List<Challenge> ABUSE = List.of(challenge("intimate-partner-abuse", ChallengeFamily.PARTNER_HARM));
  private static final List<Challenge> TRAUMA = List.of(challenge("past-sexual-trauma", ChallengeFamily.PAST_TRAUMA));
  private static final List<Challenge> POWER = List.of(challenge("power-imbalance", ChallengeFamily.STRUCTURAL));

  private static SafetyContext allNo() {
    SafetyContext context = SafetyContext.unknown();
    for (SafetyFlag flag : SafetyFlag.values()) {
      context = context.with(flag, TriState.NO);
    }
    return context;
  }

  private static Decision decide(SafetyContext context, List<Challenge> challenges, Concept candidate) {
    return GATE.evaluate(context, challenges, candidate);
  }

  private static String ruleOf(Decision decision) {
    return ((Decision.Suppress) decision).ruleId();
  }

  @Test
  void couplesTherapyIsSuppressedWhenTheReaderFearsThePartner() {
    Decision decision = decide(allNo().with(SafetyFlag.FEAR_OF_PARTNER, TriState.YES), INFIDELITY,
        SampleConcepts.couplesTherapy());
    assertThat(ruleOf(decision)).isEqualTo("no-couples-work-when-harm-or-danger");
    assertThat(((Decision.Suppress) decision).reason()).contains("Individual support is offered instead");
  }

  @Test
  void couplesTherapyIsSuppressedForAPartnerHarmChallengeEvenWithFlagsNo() {
    assertThat(ruleOf(decide(allNo(), ABUSE, SampleConcepts.couplesTherapy())))
        .isEqualTo("no-couples-work-when-harm-or-danger");
  }

  @Test
  void couplesTherapyWithUnknownSafetyComesWithSeparateScreening() {
    Decision decision = decide(SafetyContext.unknown(), INFIDELITY, SampleConcepts.couplesTherapy());
    assertThat(decision.verdict()).isEqualTo(Verdict.SHOW_WITH_CAVEAT);
    assertThat(decision.caveats()).extracting(Notice::ruleId).contains("conjoint-needs-separate-screening",
        "unknown-flags-neutral-safety-note", "unknown-flags-separate-screening");
  }

  @Test
  void couplesTherapyAfterAnsweredInfidelityIsShownPlainly() {
    assertThat(decide(allNo(), INFIDELITY, SampleConcepts.couplesTherapy()).verdict()).isEqualTo(Verdict.SHOW);
  }

  @Test
  void aSharedFaultStepIsVictimBlamingUnderPartnerHarm() {
    assertThat(ruleOf(decide(allNo(), ABUSE, strategy("both-own-mistakes", BOTH, FAULT))))
        .isEqualTo("no-shared-blame-for-harm");
  }

  @Test
  void aSharedFaultStepAfterInfidelityIsCaveatedAgainstSharingTheBlame() {
    Decision decision = decide(allNo(), INFIDELITY, strategy("both-own-mistakes", BOTH, FAULT));
    assertThat(decision.caveats()).extracting(Notice::ruleId).containsExactly("shared-steps-are-not-shared-blame");
  }

  @Test
  void jointStepsWaitWhileTheReaderIsInDanger() {
    SafetyContext danger = allNo().with(SafetyFlag.IMMEDIATE_DANGER, TriState.YES);
    assertThat(ruleOf(decide(danger, INFIDELITY, strategy("active-listening", BOTH))))
        .isEqualTo("no-steps-between-partners-while-harm-or-danger");
  }

  @Test
  void stepsBetweenThePartnersWaitUnderPartnerHarmWhoeverTakesThem() {
    assertThat(ruleOf(decide(allNo(), ABUSE, strategy("apologizing", INVOLVED_PARTNER, FAULT))))
        .isEqualTo("no-steps-between-partners-while-harm-or-danger");
    assertThat(ruleOf(decide(allNo(), ABUSE, strategy("asking-for-comfort", HURT_PARTNER))))
        .isEqualTo("no-steps-between-partners-while-harm-or-danger");
  }

  @Test
  void theHurtPartnerIsNeverAskedToOwnTheBreach() {
    assertThat(ruleOf(decide(allNo(), INFIDELITY, strategy("owning-your-part", HURT_PARTNER, FAULT))))
        .isEqualTo("hurt-partner-never-owns-the-breach");
  }

  @Test
  void individualSupportStaysAvailableUnderPartnerHarm() {
    Decision decision = decide(allNo(), ABUSE, strategy("individual-therapy", INDIVIDUAL));
    assertThat(decision.shown()).isTrue();
  }

  @Test
  void selfCareIsShownAsSupportNotTreatment() {
    assertThat(decide(allNo(), TRAUMA, strategy("self-care", INDIVIDUAL, ADJUNCT)).caveats())
        .extracting(Notice::ruleId).contains("self-care-is-not-treatment");
  }

  @Test
  void forgivenessIsAPossibleOutcomeNeverARequirement() {
    assertThat(decide(allNo(), INFIDELITY, SampleConcepts.forgiveness()).caveats()).extracting(Notice::ruleId)
        .containsExactly("forgiveness-is-optional");
    assertThat(ruleOf(GATE.evaluate(allNo(), INFIDELITY, Candidate.asRequirement(SampleConcepts.forgiveness()))))
        .isEqualTo("forgiveness-is-never-required");
  }

  @Test
  void forgivenessUnderPartnerHarmSaysItDoesNotBringSafety() {
    assertThat(decide(allNo(), ABUSE, SampleConcepts.forgiveness()).caveats()).extracting(Notice::ruleId)
        .contains("forgiveness-does-not-bring-safety");
  }

  @Test
  void separationIsAValidOutcomeShownWithoutCaveat() {
    assertThat(decide(allNo(), INFIDELITY, SampleConcepts.separation()).verdict()).isEqualTo(Verdict.SHOW);
  }

  @Test
  void sexualPracticesCarryConsentAndAreLeftOutUnderPressure() {
    assertThat(decide(allNo(), INFIDELITY, SampleConcepts.sexualPractice("sharing-fantasies")).caveats())
        .extracting(Notice::ruleId).containsExactly("consent-is-ongoing");
    assertThat(ruleOf(decide(allNo(), POWER, SampleConcepts.sexualPractice("sharing-fantasies"))))
        .isEqualTo("no-sexual-exploration-under-pressure");
    assertThat(decide(allNo(), TRAUMA, SampleConcepts.sexualPractice("affectionate-touch")).caveats())
        .extracting(Notice::ruleId).contains("touch-after-trauma");
  }

  @Test
  void revengeIsDescribedNeverAdvised() {
    assertThat(ruleOf(decide(allNo(), INFIDELITY, SampleConcepts.revenge())))
        .isEqualTo("reactions-are-described-not-advised");
  }

  @Test
  void couplesWorkAfterTraumaOrUnderAnImbalanceIsCaveated() {
    assertThat(decide(allNo(), TRAUMA, SampleConcepts.couplesTherapy()).caveats()).extracting(Notice::ruleId)
        .contains("trauma-informed-couples-work");
    assertThat(decide(allNo(), POWER, SampleConcepts.couplesTherapy()).caveats()).extracting(Notice::ruleId)
        .contains("power-imbalance-couples-work");
  }
}
