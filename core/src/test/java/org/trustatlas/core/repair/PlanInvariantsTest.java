package org.trustatlas.core.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trustatlas.core.model.Challenge;
import org.trustatlas.core.safety.FlagCombinations;
import org.trustatlas.core.safety.Region;
import org.trustatlas.core.safety.SafetyContext;

/**
 * The planner's safety invariants over every challenge x reader role (six, with the partner who used harm) x all 729 flag combinations
 * (52,488 plans), plus every other challenge paired with each partner-harm challenge x role x each
 * flag against three baselines (6,318 plans), the region cycling through the fully listed ones,
 * INTL, one with only its own emergency number (NZ) and an unlisted country (JP). Each plan is
 * checked against every invariant as it is made and only what breaks is kept, so one run reports
 * every broken combination without holding the plans in memory.
 */
class PlanInvariantsTest {

  private static final List<Region> REGIONS = List.of(Region.of("US"), Region.of("CA"), Region.of("GB"),
      Region.of("AU"), Region.INTERNATIONAL, Region.of("NZ"), Region.of("JP"));
  private static final int ROLES = ReaderRole.values().length;
  private static final int SINGLES = 12 * ROLES * 729;
  private static final int PAIRS = 9 * 3 * ROLES * FlagCombinations.eachFlagAgainstBaselines(Region.INTERNATIONAL).size();

  private static final Map<PlanInvariant, List<String>> BROKEN = new EnumMap<>(PlanInvariant.class);
  private static int planned;

  @BeforeAll
  static void planEveryCombination() {
    for (PlanInvariant invariant : PlanInvariant.values()) {
      BROKEN.put(invariant, new ArrayList<>());
    }
    List<Challenge> challenges = AtlasFixture.atlas().concepts(Challenge.class);
    for (Challenge challenge : challenges) {
      planAll(List.of(challenge), FlagCombinations.all(Region.INTERNATIONAL));
    }
    for (Challenge harm : challenges.stream().filter(Challenge::isPartnerHarm).toList()) {
      for (Challenge other : challenges.stream().filter(c -> !c.isPartnerHarm()).toList()) {
        planAll(List.of(other, harm), FlagCombinations.eachFlagAgainstBaselines(Region.INTERNATIONAL));
      }
    }
  }

  private static void planAll(List<Challenge> named, List<SafetyContext> contexts) {
    for (ReaderRole role : ReaderRole.values()) {
      for (SafetyContext context : contexts) {
        Situation situation = Situation.of(role, named.stream().map(Challenge::id).toList(),
            context.in(REGIONS.get(planned % REGIONS.size())));
        PlanInvariant.Case made = new PlanInvariant.Case(situation, named, AtlasFixture.planner().plan(situation));
        planned++;
        for (PlanInvariant invariant : PlanInvariant.values()) {
          invariant.check(made).ifPresent(BROKEN.get(invariant)::add);
        }
      }
    }
  }

  private static void assertHolds(PlanInvariant invariant) {
    assertThat(planned).isEqualTo(SINGLES + PAIRS);
    List<String> broken = BROKEN.get(invariant);
    assertThat(broken).as("%s broken in %d of %d plans", invariant, broken.size(), planned).isEmpty();
  }

  @Test
  void partnerHarmNeverYieldsCouplesTherapyOrAnyConjointStep() {
    assertHolds(PlanInvariant.NO_CONJOINT_STEP_UNDER_PARTNER_HARM);
  }

  @Test
  void partnerHarmNeverYieldsAFaultSharingStepForBothPartners() {
    assertHolds(PlanInvariant.NO_SHARED_FAULT_UNDER_PARTNER_HARM);
  }

  @Test
  void forgivenessIsNeverARequirementAndAlwaysOptional() {
    assertHolds(PlanInvariant.FORGIVENESS_NEVER_REQUIRED);
  }

  @Test
  void everyPartnerHarmOrDangerPlanStartsWithTheEmergencyNumberAndADomesticViolenceService() {
    assertHolds(PlanInvariant.EMERGENCY_NUMBER_AND_DV_SERVICE_FIRST);
  }

  @Test
  void unknownFlagsYieldANeutralNoteAndASeparateScreeningSuggestion() {
    assertHolds(PlanInvariant.UNKNOWN_FLAGS_ARE_NOT_MET_WITH_SILENCE);
  }

  @Test
  void noHarmOrDangerPlanSaysAnythingAboutCouplesInItsSafetyBlock() {
    assertHolds(PlanInvariant.NO_COUPLES_WORDING_IN_A_HARM_SAFETY_BLOCK);
  }

  @Test
  void thePartnerWhoUsedHarmIsNeverToldItIsNotTheirFault() {
    assertHolds(PlanInvariant.THE_PARTNER_WHO_USED_HARM_IS_NEVER_TOLD_IT_IS_NOT_THEIR_FAULT);
  }

  @Test
  void everyStepHasExactlyTheOneActorOfItsStrategyAndSaysWhy() {
    assertHolds(PlanInvariant.ONE_ACTOR_AND_A_REASON_PER_STEP);
  }

  @Test
  void immediateDangerPutsTheDangerNoticeRightAfterTheNumber() {
    assertHolds(PlanInvariant.DANGER_NOTICE_AFTER_THE_NUMBER);
  }

  @Test
  void everythingLeftOutNamesARuleOfTheGate() {
    assertHolds(PlanInvariant.SUPPRESSIONS_NAME_A_RULE);
  }

  @Test
  void noSuppressedStrategyAppearsAsAStep() {
    assertHolds(PlanInvariant.SUPPRESSED_MEANS_ABSENT);
  }
}
