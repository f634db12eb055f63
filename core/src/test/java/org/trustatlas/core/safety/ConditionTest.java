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

  /**
   * Settling a condition before the candidate is known (what a gate for one situation sets rules
   * aside by) agrees with holding it for each candidate: "always" holds for every one, "never" for
   * none. Random trees of every kind of condition, in random situations.
   */
  @Test
  void aSettledConditionAgreesWithHoldingItForEachCandidate() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(5);
    List<Candidate> candidates = List.of(Candidate.of(SampleConcepts.couplesTherapy()),
        Candidate.of(strategy("apology", INVOLVED_PARTNER, SampleConcepts.Trait.FAULT)),
        Candidate.of(strategy("own-boundaries", org.trustatlas.core.model.ActorRole.HURT_PARTNER)),
        Candidate.of(SampleConcepts.forgiveness()), Candidate.asRequirement(SampleConcepts.forgiveness()),
        Candidate.of(SampleConcepts.sexualPractice("exploring")), Candidate.of(SampleConcepts.revenge()));
    List<Challenge> known = List.of(SampleConcepts.challenge("infidelity", ChallengeFamily.RELATIONAL_BETRAYAL),
        SampleConcepts.challenge("intimate-partner-abuse", ChallengeFamily.PARTNER_HARM));
    int settledAlways = 0;
    int settledNever = 0;
    for (int round = 0; round < 3000; round++) {
      Condition condition = randomCondition(random, 3);
      SafetyContext context = SafetyContext.unknown()
          .with(SafetyFlag.FEAR_OF_PARTNER, TriState.values()[random.nextInt(3)])
          .with(SafetyFlag.ONGOING_ABUSE, TriState.values()[random.nextInt(3)]);
      List<Challenge> present = known.subList(0, random.nextInt(known.size() + 1));
      Condition.Settled settled = condition.settle(context, present);
      for (Candidate candidate : candidates) {
        boolean holds = condition.holds(context, present, Optional.of(candidate));
        if (settled == Condition.Settled.ALWAYS) {
          assertThat(holds).as("%s settled always, for %s", condition, candidate).isTrue();
        } else if (settled == Condition.Settled.NEVER) {
          assertThat(holds).as("%s settled never, for %s", condition, candidate).isFalse();
        }
      }
      settledAlways += settled == Condition.Settled.ALWAYS ? 1 : 0;
      settledNever += settled == Condition.Settled.NEVER ? 1 : 0;
    }
    // Not a vacuous pass: many trees settle either way, and more than a third depend on the candidate.
    assertThat(settledAlways).isGreaterThan(300);
    assertThat(settledNever).isGreaterThan(300);
    assertThat(3000 - settledAlways - settledNever).isGreaterThan(1000);
  }

  private static Condition randomCondition(java.util.SplittableRandom random, int depth) {
    int pick = random.nextInt(depth == 0 ? 5 : 8);
    return switch (pick) {
      case 0 -> anyFlag(TriState.YES, SafetyFlag.FEAR_OF_PARTNER);
      case 1 -> family(ChallengeFamily.PARTNER_HARM);
      case 2 -> challenge("infidelity");
      case 3 -> candidate(CandidateTrait.values()[random.nextInt(CandidateTrait.values().length)]);
      case 4 -> actor(BOTH);
      case 5 -> allOf(randomCondition(random, depth - 1), randomCondition(random, depth - 1));
      case 6 -> anyOf(randomCondition(random, depth - 1), randomCondition(random, depth - 1));
      default -> not(randomCondition(random, depth - 1));
    };
  }
}
