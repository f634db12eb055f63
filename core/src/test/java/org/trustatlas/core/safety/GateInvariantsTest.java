package org.trustatlas.core.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trustatlas.core.model.ActorRole.BOTH;
import static org.trustatlas.core.safety.SampleConcepts.Trait.CONJOINT;
import static org.trustatlas.core.safety.SampleConcepts.Trait.FAULT;
import static org.trustatlas.core.safety.SampleConcepts.strategy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustatlas.core.model.Challenge;
import org.trustatlas.core.model.ChallengeFamily;
import org.trustatlas.core.model.Concept;

/**
 * The gate's invariants over every challenge family (alone and with a partner-harm challenge) and all
 * 729 flag combinations. Failures are collected so one run shows every broken combination.
 */
class GateInvariantsTest {

  private static final SafetyGate GATE = SafetyRulesFixture.defaultGate();
  private static final List<Concept> JOINT_OR_SHARED_FAULT = List.of(SampleConcepts.couplesTherapy(),
      strategy("honest-dialogue", BOTH, CONJOINT), strategy("both-own-mistakes", BOTH, FAULT),
      strategy("both-own-it-in-session", BOTH, CONJOINT, FAULT));

  private static List<List<Challenge>> situations() {
    List<List<Challenge>> situations = new ArrayList<>();
    Challenge abuse = SampleConcepts.challenge("some-partner-harm", ChallengeFamily.PARTNER_HARM);
    for (ChallengeFamily family : ChallengeFamily.values()) {
      Challenge one = SampleConcepts.challenge("some-" + family.slug(), family);
      situations.add(List.of(one));
      situations.add(List.of(one, abuse));
    }
    return situations;
  }

  @Test
  void aPartnerHarmContextNeverShowsJointWorkOrSharedFault() {
    List<String> broken = new ArrayList<>();
    int checked = 0;
    for (List<Challenge> challenges : situations()) {
      for (SafetyContext context : FlagCombinations.all(Region.INTERNATIONAL)) {
        boolean harm = SafetyLevel.partnerHarm(context, challenges);
        for (Concept candidate : JOINT_OR_SHARED_FAULT) {
          checked++;
          Decision decision = GATE.evaluate(context, challenges, candidate);
          if (harm && decision.shown()) {
            broken.add(candidate.id() + " shown as " + decision.verdict() + " for " + context.flags() + " " + challenges);
          }
        }
      }
    }
    assertThat(checked).isEqualTo(situations().size() * 729 * JOINT_OR_SHARED_FAULT.size());
    assertThat(broken).isEmpty();
  }

  @Test
  void forgivenessIsNeverARequirementInAnyContext() {
    List<String> broken = new ArrayList<>();
    for (List<Challenge> challenges : situations()) {
      for (SafetyContext context : FlagCombinations.all(Region.INTERNATIONAL)) {
        Decision decision = GATE.evaluate(context, challenges, Candidate.asRequirement(SampleConcepts.forgiveness()));
        if (decision.shown()) {
          broken.add(context.flags() + " " + challenges);
        }
      }
    }
    assertThat(broken).isEmpty();
  }

  @Test
  void unknownFlagsAreNeverMetWithSilence() {
    List<String> broken = new ArrayList<>();
    for (List<Challenge> challenges : situations()) {
      for (SafetyContext context : FlagCombinations.all(Region.INTERNATIONAL)) {
        List<String> ids = GATE.assess(context, challenges).notices().stream().map(Notice::ruleId).toList();
        if (context.anyUnknown() && !ids.containsAll(
            List.of("unknown-flags-neutral-safety-note", "unknown-flags-separate-screening"))) {
          broken.add(context.flags() + " " + challenges);
        }
      }
    }
    assertThat(broken).isEmpty();
  }

  @Test
  void harmOrDangerAlwaysListsDomesticViolenceServices() {
    List<String> broken = new ArrayList<>();
    for (List<Challenge> challenges : situations()) {
      for (SafetyContext context : FlagCombinations.all(Region.INTERNATIONAL)) {
        boolean expected = SafetyLevel.partnerHarm(context, challenges) || FlagCombinations.harmOrDanger(context);
        SafetyAssessment assessment = GATE.assess(context, challenges);
        if (expected && (!assessment.services().contains(ServiceType.DOMESTIC_VIOLENCE)
            || !assessment.level().leadsWithEmergencyNumber())) {
          broken.add(context.flags() + " " + challenges);
        }
      }
    }
    assertThat(broken).isEmpty();
  }
}
