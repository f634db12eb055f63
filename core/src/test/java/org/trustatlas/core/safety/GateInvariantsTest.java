package org.trustatlas.core.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trustatlas.core.model.ActorRole.BOTH;
import static org.trustatlas.core.safety.SampleConcepts.Trait.CONJOINT;
import static org.trustatlas.core.safety.SampleConcepts.Trait.FAULT;
import static org.trustatlas.core.safety.SampleConcepts.strategy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustatlas.core.model.ActorRole;
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

  /** Every flag combination as read by no one in particular and by each reader a plan can have. */
  private static List<SafetyContext> contextsForEveryReader() {
    List<SafetyContext> contexts = new ArrayList<>();
    for (SafetyContext context : FlagCombinations.all(Region.INTERNATIONAL)) {
      contexts.add(context);
      for (ActorRole reader : ActorRole.values()) {
        if (reader != ActorRole.INDIVIDUAL) {
          contexts.add(context.readBy(reader));
        }
      }
    }
    return contexts;
  }

  @Test
  void unknownFlagsAreNeverMetWithSilence() {
    List<String> broken = new ArrayList<>();
    for (List<Challenge> challenges : situations()) {
      for (SafetyContext context : contextsForEveryReader()) {
        List<String> ids = GATE.assess(context, challenges).notices().stream().map(Notice::ruleId).toList();
        boolean harmOrDanger = SafetyLevel.partnerHarm(context, challenges) || FlagCombinations.harmOrDanger(context);
        List<String> expected = harmOrDanger ? List.of("unknown-flags-neutral-safety-note")
            : List.of("unknown-flags-neutral-safety-note", "unknown-flags-separate-screening");
        if (context.anyUnknown() && !ids.containsAll(expected)) {
          broken.add(context.flags() + " " + context.reader() + " " + challenges);
        }
      }
    }
    assertThat(broken).isEmpty();
  }

  @Test
  void onceHarmOrDangerIsSignalledNoSafetyNoticeMentionsCouplesWork() {
    List<String> broken = new ArrayList<>();
    for (List<Challenge> challenges : situations()) {
      for (SafetyContext context : contextsForEveryReader()) {
        if (!SafetyLevel.partnerHarm(context, challenges) && !FlagCombinations.harmOrDanger(context)) {
          continue;
        }
        SafetyAssessment assessment = GATE.assess(context, challenges);
        java.util.stream.Stream.concat(assessment.escalations().stream(), assessment.notices().stream())
            .filter(n -> n.text().toLowerCase(java.util.Locale.ROOT).contains("couples"))
            .forEach(n -> broken.add(n.ruleId() + " for " + context.flags() + " " + context.reader() + " " + challenges));
      }
    }
    assertThat(broken).isEmpty();
  }

  @Test
  void thePartnerWhoUsedHarmMeetsABehaviourChangeLineFirstOrSecondAfterACrisisLine() {
    List<String> broken = new ArrayList<>();
    for (List<Challenge> challenges : situations()) {
      for (SafetyContext context : FlagCombinations.all(Region.INTERNATIONAL)) {
        List<ServiceType> services = GATE.assess(context.readBy(ActorRole.USING_HARM), challenges).services();
        int expected = context.flag(SafetyFlag.SELF_HARM_RISK) == TriState.YES ? 1 : 0;
        if (services.indexOf(ServiceType.BEHAVIOUR_CHANGE) != expected) {
          broken.add(context.flags() + " " + challenges + " " + services);
        }
      }
    }
    assertThat(broken).isEmpty();
  }

  @Test
  void thePartnerWhoUsedHarmIsNeverToldItIsNotTheirFault() {
    List<String> broken = new ArrayList<>();
    for (List<Challenge> challenges : situations()) {
      for (SafetyContext context : FlagCombinations.all(Region.INTERNATIONAL)) {
        SafetyAssessment assessment = GATE.assess(context.readBy(ActorRole.USING_HARM), challenges);
        if (assessment.notices().stream().anyMatch(n -> n.text().contains("never your fault"))
            || !assessment.services().contains(ServiceType.BEHAVIOUR_CHANGE)) {
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
