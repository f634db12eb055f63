package org.trustatlas.core.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trustatlas.core.model.ActorRole.BOTH;
import static org.trustatlas.core.model.ActorRole.INVOLVED_PARTNER;
import static org.trustatlas.core.safety.Condition.actor;
import static org.trustatlas.core.safety.Condition.allOf;
import static org.trustatlas.core.safety.Condition.anyFlag;
import static org.trustatlas.core.safety.Condition.anyOf;
import static org.trustatlas.core.safety.Condition.candidate;
import static org.trustatlas.core.safety.Condition.challenge;
import static org.trustatlas.core.safety.Condition.family;
import static org.trustatlas.core.safety.Condition.not;
import static org.trustatlas.core.safety.SampleConcepts.strategy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.trustatlas.core.model.Challenge;
import org.trustatlas.core.model.ChallengeFamily;

class ConditionTest {

  private static final SafetyContext FEARFUL = SafetyContext.unknown().with(SafetyFlag.FEAR_OF_PARTNER, TriState.YES);
  private static final List<Challenge> INFIDELITY =
      List.of(SampleConcepts.challenge("infidelity", ChallengeFamily.RELATIONAL_BETRAYAL));
  private static final Optional<Candidate> COUPLES = Optional.of(Candidate.of(SampleConcepts.couplesTherapy()));

  @Test
  void aFlagConditionHoldsWhenAnyListedFlagHasTheState() {
    assertThat(anyFlag(TriState.YES, SafetyFlag.ONGOING_ABUSE, SafetyFlag.FEAR_OF_PARTNER)
        .holds(FEARFUL, INFIDELITY, Optional.empty())).isTrue();
    assertThat(anyFlag(TriState.NO, SafetyFlag.FEAR_OF_PARTNER).holds(FEARFUL, INFIDELITY, Optional.empty()))
        .isFalse();
  }

  @Test
  void familyAndChallengeConditionsReadTheSituation() {
    assertThat(family(ChallengeFamily.RELATIONAL_BETRAYAL).holds(FEARFUL, INFIDELITY, Optional.empty())).isTrue();
    assertThat(family(ChallengeFamily.PARTNER_HARM).holds(FEARFUL, INFIDELITY, Optional.empty())).isFalse();
    assertThat(challenge("infidelity").holds(FEARFUL, INFIDELITY, Optional.empty())).isTrue();
  }

  @Test
  void candidateConditionsReadTheCandidatesAttributes() {
    assertThat(candidate(CandidateTrait.CONJOINT).holds(FEARFUL, INFIDELITY, COUPLES)).isTrue();
    assertThat(actor(BOTH).holds(FEARFUL, INFIDELITY, COUPLES)).isTrue();
    assertThat(actor(INVOLVED_PARTNER).holds(FEARFUL, INFIDELITY, COUPLES)).isFalse();
  }

  @Test
  void withoutACandidateTestsOfTheCandidateAreFalse() {
    assertThat(candidate(CandidateTrait.CONJOINT).holds(FEARFUL, INFIDELITY, Optional.empty())).isFalse();
    assertThat(actor(BOTH).holds(FEARFUL, INFIDELITY, Optional.empty())).isFalse();
  }

  @Test
  void combinatorsComposeAndKnowWhetherTheyTestTheCandidate() {
    Condition rule = allOf(candidate(CandidateTrait.CONJOINT), anyOf(family(ChallengeFamily.PARTNER_HARM),
        anyFlag(TriState.YES, SafetyFlag.FEAR_OF_PARTNER)));
    assertThat(rule.holds(FEARFUL, INFIDELITY, COUPLES)).isTrue();
    assertThat(rule.aboutCandidate()).isTrue();
    assertThat(not(family(ChallengeFamily.PARTNER_HARM)).holds(FEARFUL, INFIDELITY, Optional.empty())).isTrue();
    assertThat(anyOf(family(ChallengeFamily.PARTNER_HARM)).aboutCandidate()).isFalse();
  }

  @Test
  void traitsComeFromAttributesNotNames() {
    Candidate fault = Candidate.of(strategy("owning-it-together", BOTH, SampleConcepts.Trait.FAULT));
    assertThat(fault.traits()).containsExactly(CandidateTrait.INVOLVES_FAULT);
    assertThat(Candidate.asRequirement(SampleConcepts.forgiveness()).traits())
        .containsExactlyInAnyOrder(CandidateTrait.OPTIONAL_OUTCOME, CandidateTrait.AS_REQUIREMENT);
    assertThat(Candidate.of(SampleConcepts.revenge()).traits()).containsExactly(CandidateTrait.MALADAPTIVE_REACTION);
  }

  @Test
  void aReaderConditionHoldsOnlyWhenTheReaderIsKnownToBeInOneOfItsRoles() {
    Condition usingHarm = Condition.reader(org.trustatlas.core.model.ActorRole.USING_HARM);
    assertThat(usingHarm.holds(FEARFUL, INFIDELITY, Optional.empty())).isFalse();
    assertThat(usingHarm.holds(FEARFUL.readBy(org.trustatlas.core.model.ActorRole.USING_HARM), INFIDELITY,
        Optional.empty())).isTrue();
    assertThat(usingHarm.holds(FEARFUL.readBy(org.trustatlas.core.model.ActorRole.SURVIVOR), INFIDELITY,
        Optional.empty())).isFalse();
    assertThat(not(usingHarm).holds(FEARFUL, INFIDELITY, Optional.empty())).isTrue();
    assertThat(usingHarm.aboutCandidate()).isFalse();
  }

  @Test
  void individualIsNotAReader() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Condition.reader(
        org.trustatlas.core.model.ActorRole.INDIVIDUAL)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("'individual' is not a reader");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SafetyContext.unknown().readBy(
        org.trustatlas.core.model.ActorRole.INDIVIDUAL)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aReaderWhoUsedHarmSignalsPartnerHarmWhateverTheFlagsSay() {
    assertThat(SafetyContext.unknown().partnerHarmSignalled()).isFalse();
    assertThat(SafetyContext.unknown().readBy(org.trustatlas.core.model.ActorRole.USING_HARM).partnerHarmSignalled())
        .isTrue();
    assertThat(SafetyContext.unknown().readBy(org.trustatlas.core.model.ActorRole.SURVIVOR).partnerHarmSignalled())
        .isFalse();
  }
}
