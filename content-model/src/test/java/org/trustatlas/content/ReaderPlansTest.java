package org.trustatlas.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trustatlas.core.model.Aggravator;
import org.trustatlas.core.model.Challenge;
import org.trustatlas.core.model.ChallengeFamily;
import org.trustatlas.core.model.RebuildingStrategy;
import org.trustatlas.core.repair.ReaderRole;
import org.trustatlas.core.repair.RepairPlan;
import org.trustatlas.core.repair.Situation;
import org.trustatlas.core.repair.SuppressedItem;
import org.trustatlas.core.repair.Step;
import org.trustatlas.core.safety.Notice;
import org.trustatlas.core.safety.Region;
import org.trustatlas.core.safety.ResourceMatch;
import org.trustatlas.core.safety.SafetyContext;
import org.trustatlas.core.safety.SafetyFlag;
import org.trustatlas.core.safety.ServiceType;
import org.trustatlas.core.safety.TriState;

/**
 * Plans of the bundled pack for every challenge x every reader role x nine safety profiles x four
 * regions (GB, US, the international directory and FR, which has no services of its own), checked
 * against what issue 11 asks of plans that fit who is reading. Every plan is checked as it is made and
 * only what breaks is kept, so one run names every broken combination.
 */
class ReaderPlansTest {

  private static final TrustAtlas BUNDLED = TrustAtlas.bundled();
  private static final List<Region> REGIONS =
      List.of(Region.of("GB"), Region.of("US"), Region.INTERNATIONAL, Region.of("FR"));
  private static final List<String> COUPLES_WORDS =
      List.of("couples", "joint session", "each partner alone", "both partners");
  private static final Set<String> HARM_OUTCOMES = Set.of("living-free-from-harm", "survivor-wellbeing", "separation");
  private static final Set<String> RELATIONSHIP_OUTCOMES =
      Set.of("renewed-trust", "forgiveness", "deeper-connection", "fewer-misunderstandings");
  private static final List<String> CONTACT_TO_SUPPORT =
      List.of("offer support", "can offer support", "support them", "stay in touch", "keep in contact", "check on them");

  /** Which readers must have at least two steps of their own, by family, where no harm is signalled. */
  private static final Map<ChallengeFamily, Set<ReaderRole>> OWN_STEPS = new EnumMap<>(Map.of(
      ChallengeFamily.RELATIONAL_BETRAYAL, EnumSet.of(ReaderRole.HURT_PARTNER, ReaderRole.INVOLVED_PARTNER,
          ReaderRole.BOTH, ReaderRole.SUPPORTER, ReaderRole.USING_HARM),
      ChallengeFamily.PARTNER_HARM, EnumSet.allOf(ReaderRole.class),
      ChallengeFamily.PAST_TRAUMA, EnumSet.of(ReaderRole.SURVIVOR, ReaderRole.SUPPORTER, ReaderRole.BOTH,
          ReaderRole.USING_HARM),
      ChallengeFamily.INDIVIDUAL, EnumSet.of(ReaderRole.HURT_PARTNER, ReaderRole.INVOLVED_PARTNER, ReaderRole.BOTH,
          ReaderRole.USING_HARM),
      ChallengeFamily.STRUCTURAL, EnumSet.of(ReaderRole.HURT_PARTNER, ReaderRole.INVOLVED_PARTNER,
          ReaderRole.BOTH, ReaderRole.SUPPORTER, ReaderRole.USING_HARM),
      ChallengeFamily.COGNITIVE, EnumSet.of(ReaderRole.BOTH, ReaderRole.USING_HARM),
      ChallengeFamily.EXTERNAL_STRESSOR, EnumSet.of(ReaderRole.BOTH, ReaderRole.USING_HARM)));

  private static final Map<String, List<String>> BROKEN = new java.util.LinkedHashMap<>();
  private static final Set<String> REACHED = new TreeSet<>();
  private static int planned;

  /** One plan made in the sweep, with what it is for. */
  private record Made(Challenge challenge, ReaderRole role, SafetyContext context, RepairPlan plan) {

    boolean harm() {
      return challenge.isPartnerHarm() || context.partnerHarmSignalled() || role == ReaderRole.USING_HARM;
    }

    boolean usingHarm() {
      return role == ReaderRole.USING_HARM || role == ReaderRole.INVOLVED_PARTNER && challenge.isPartnerHarm();
    }

    /** Nothing signals harm or danger, whether every question was answered no or none was asked. */
    boolean calm() {
      return !harm() && context.flag(SafetyFlag.IMMEDIATE_DANGER) != TriState.YES
          && (!context.anyUnknown() || context.flags().values().stream().allMatch(s -> s == TriState.UNKNOWN));
    }

    @Override
    public String toString() {
      return challenge.id() + " as " + role.slug() + " in " + context.region() + " " + context.flags().values();
    }
  }

  @BeforeAll
  static void planForEveryReader() {
    for (Challenge challenge : BUNDLED.atlas().concepts(Challenge.class)) {
      for (ReaderRole role : ReaderRole.values()) {
        for (SafetyContext profile : profiles()) {
          for (Region region : REGIONS) {
            SafetyContext context = profile.in(region);
            RepairPlan plan = BUNDLED.plan(Situation.of(role, List.of(challenge.id()), context));
            check(new Made(challenge, role, context, plan));
          }
        }
        for (Aggravator aggravator : BUNDLED.atlas().concepts(Aggravator.class)) {
          RepairPlan plan = BUNDLED.plan(Situation.of(role, challenge.id().value()).withAggravators(aggravator.id().value()));
          plan.steps().forEach(s -> REACHED.add(s.strategy().value()));
        }
      }
    }
  }

  /** Unknown, all no, each partner-harm flag yes alone, danger now, self-harm risk, all yes. */
  private static List<SafetyContext> profiles() {
    List<SafetyContext> profiles = new ArrayList<>();
    profiles.add(SafetyContext.unknown());
    profiles.add(all(TriState.NO));
    for (SafetyFlag flag : SafetyFlag.values()) {
      profiles.add(all(TriState.NO).with(flag, TriState.YES));
    }
    profiles.add(all(TriState.YES));
    return profiles;
  }

  private static SafetyContext all(TriState state) {
    SafetyContext context = SafetyContext.unknown();
    for (SafetyFlag flag : SafetyFlag.values()) {
      context = context.with(flag, state);
    }
    return context;
  }

  private static void check(Made made) {
    planned++;
    RepairPlan plan = made.plan();
    plan.steps().forEach(s -> REACHED.add(s.strategy().value()));
    String safety = lower(plan.safety().notices().stream().map(Notice::text));
    String everything = lower(Stream.of(plan.safety().notices().stream().map(Notice::text),
        plan.steps().stream().flatMap(s -> Stream.concat(Stream.of(s.label(), s.framing(), s.why()),
            s.caveats().stream().map(Notice::text))),
        plan.requirements().stream().flatMap(r -> Stream.of(r.label(), r.summary())),
        plan.outcomes().stream().flatMap(o -> Stream.of(o.label(), o.summary()))).flatMap(Function.identity()));
    List<String> requirements = plan.requirements().stream().map(r -> r.id().value()).toList();
    List<String> outcomes = plan.outcomes().stream().map(o -> o.id().value()).toList();

    if (made.challenge().isPartnerHarm() && plan.audience().contains("together")) {
      broken("no partner-harm plan addressed to the couple together", made + ": " + plan.audience());
    }
    if (made.harm()) {
      COUPLES_WORDS.stream().filter(safety::contains).findFirst()
          .ifPresent(word -> broken("no couples wording in a harm plan's safety block", made + ": " + word));
      if (requirements.isEmpty() || !requirements.get(0).equals("safety-from-harm")) {
        broken("safety first in a harm plan's requirements", made + ": " + requirements);
      }
      if (outcomes.isEmpty() || !HARM_OUTCOMES.contains(outcomes.get(0)) || firstOf(outcomes, RELATIONSHIP_OUTCOMES)
          < lastOf(outcomes, HARM_OUTCOMES)) {
        broken("no relationship outcome before safety in a harm plan", made + ": " + outcomes);
      }
      boolean quotesS16 = Stream.concat(plan.steps().stream().flatMap(s -> s.sentences().stream()),
          Stream.concat(plan.requirements().stream().flatMap(r -> r.sentences().stream()),
              plan.outcomes().stream().flatMap(o -> o.sentences().stream())))
          .anyMatch(q -> q.ref().id().equals("S16"));
      if (quotesS16) {
        broken("no S16 ('both partners must acknowledge their mistakes') in a harm plan", made.toString());
      }
      if (made.challenge().isPartnerHarm()
          && plan.steps().stream().flatMap(s -> s.sentences().stream()).anyMatch(q -> q.ref().id().equals("S13"))) {
        broken("no S13 (forgiveness to rebuild trust after infidelity) in a partner-harm plan's steps", made.toString());
      }
      if (requirements.contains("accountability")) {
        broken("no betrayal-worded accountability in a harm plan", made.toString());
      }
    }
    if (made.usingHarm()) {
      String heldBack = lower(plan.suppressed().stream().map(SuppressedItem::reason));
      if (heldBack.contains("used against you") || heldBack.contains("you may be in danger")
          || safety.contains("you ever feel afraid of a partner")) {
        broken("what is held back from the partner who used harm is written to them", made.toString());
      }
      if (everything.contains("not your fault") || everything.contains("never your fault")) {
        broken("the partner who used harm is never told it is not their fault", made.toString());
      }
      CONTACT_TO_SUPPORT.stream().filter(everything::contains).findFirst()
          .ifPresent(p -> broken("no advice to keep contact to support the person harmed", made + ": " + p));
      if (plan.steps().stream().anyMatch(s -> !s.forReader())) {
        broken("the partner who used harm sees only steps of their own", made.toString());
      }
      ResourceMatch line = BUNDLED.resourceDirectory().find(made.context().region(), ServiceType.BEHAVIOUR_CHANGE);
      if (!line.fallback() && !line.resources().isEmpty() && !plan.safety().lists(ServiceType.BEHAVIOUR_CHANGE)) {
        broken("a behaviour-change line where the region has one", made.toString());
      }
    }
    for (Step step : plan.steps()) {
      String framing = step.framing();
      if (framing.startsWith("Your step") && !step.forReader() || framing.contains("(yours)")) {
        broken("'your step' only for the reader's own steps", made + ": " + step.strategy() + " " + framing);
      }
      String why = step.why();
      if (why.contains("It addresses") || why.contains("this project") || why.contains("The article asks")) {
        broken("no editors' notes or repeated purpose in a step", made + ": " + step.strategy());
      }
      if (step.caveats().stream().anyMatch(c -> c.text().startsWith("Only with a therapist"))) {
        broken("no 'only with a therapist' warning on a step", made + ": " + step.strategy());
      }
    }
    if (made.calm() && OWN_STEPS.get(made.challenge().family()).contains(made.role())
        || made.usingHarm()) {
      long own = plan.steps().stream().filter(Step::forReader).count();
      if (own < 2) {
        broken("at least two steps of the reader's own", made + ": " + own);
      }
    }
  }

  private static String lower(Stream<String> texts) {
    return String.join(" ", texts.toList()).toLowerCase(Locale.ROOT);
  }

  private static int firstOf(List<String> ids, Set<String> among) {
    for (int i = 0; i < ids.size(); i++) {
      if (among.contains(ids.get(i))) {
        return i;
      }
    }
    return Integer.MAX_VALUE;
  }

  private static int lastOf(List<String> ids, Set<String> among) {
    int last = -1;
    for (int i = 0; i < ids.size(); i++) {
      if (among.contains(ids.get(i))) {
        last = i;
      }
    }
    return last;
  }

  private static void broken(String invariant, String where) {
    BROKEN.computeIfAbsent(invariant, k -> new ArrayList<>()).add(where);
  }

  private static void assertHolds(String invariant) {
    int expected = BUNDLED.atlas().concepts(Challenge.class).size() * ReaderRole.values().length * 9 * REGIONS.size();
    assertThat(planned).isEqualTo(expected);
    List<String> broken = BROKEN.getOrDefault(invariant, List.of());
    assertThat(broken).as("%s broken in %d of %d plans, first: %s", invariant, broken.size(), planned,
        broken.stream().limit(5).toList()).isEmpty();
  }

  @Test
  void aPartnerHarmPlanIsNeverAddressedToTheCoupleTogether() {
    assertHolds("no partner-harm plan addressed to the couple together");
  }

  @Test
  void noHarmPlanHasACouplesSentenceInItsSafetyBlock() {
    assertHolds("no couples wording in a harm plan's safety block");
  }

  @Test
  void everyHarmPlanNamesSafetyFromHarmFirstAmongWhatRecoveryNeeds() {
    assertHolds("safety first in a harm plan's requirements");
  }

  @Test
  void everyHarmPlanNamesSafetyAndWellbeingBeforeAnyRelationshipOutcome() {
    assertHolds("no relationship outcome before safety in a harm plan");
  }

  @Test
  void noHarmPlanQuotesTheArticlesBothPartnersSentence() {
    assertHolds("no S16 ('both partners must acknowledge their mistakes') in a harm plan");
  }

  @Test
  void noHarmPlanAsksForTheAccountabilityOfAPartnerWhoBrokeTrust() {
    assertHolds("no betrayal-worded accountability in a harm plan");
  }

  @Test
  void thePartnerWhoUsedHarmIsNeverToldItIsNotTheirFault() {
    assertHolds("the partner who used harm is never told it is not their fault");
  }

  @Test
  void noPartnerHarmPlanStepQuotesTheArticlesForgivenessAfterInfidelitySentence() {
    assertHolds("no S13 (forgiveness to rebuild trust after infidelity) in a partner-harm plan's steps");
  }

  @Test
  void whatIsHeldBackFromThePartnerWhoUsedHarmIsWrittenToThemNotToAPersonInDanger() {
    assertHolds("what is held back from the partner who used harm is written to them");
  }

  @Test
  void thePartnerWhoUsedHarmIsNeverAdvisedToKeepContactToSupportThePersonHarmed() {
    assertHolds("no advice to keep contact to support the person harmed");
  }

  @Test
  void thePartnerWhoUsedHarmSeesOnlyStepsOfTheirOwn() {
    assertHolds("the partner who used harm sees only steps of their own");
  }

  @Test
  void thePartnerWhoUsedHarmAlwaysGetsABehaviourChangeLineWhereTheRegionHasOne() {
    assertHolds("a behaviour-change line where the region has one");
  }

  @Test
  void onlyTheReadersOwnStepsSayYourStep() {
    assertHolds("'your step' only for the reader's own steps");
  }

  @Test
  void noStepCarriesAnEditorsNoteOrRepeatsWhatItAddresses() {
    assertHolds("no editors' notes or repeated purpose in a step");
  }

  @Test
  void noStepIsLimitedToTherapyByAnOnlyWithATherapistWarning() {
    assertHolds("no 'only with a therapist' warning on a step");
  }

  @Test
  void everyReaderTheChallengeAllowsHasAtLeastTwoStepsOfTheirOwn() {
    assertHolds("at least two steps of the reader's own");
  }

  @Test
  void everyRebuildingStrategyOfThePackIsReachedBySomePlan() {
    Set<String> all = new LinkedHashSet<>();
    BUNDLED.atlas().concepts(RebuildingStrategy.class).forEach(s -> all.add(s.id().value()));
    Set<String> missing = new TreeSet<>(all);
    missing.removeAll(REACHED);
    assertThat(missing).as("%d of %d strategies reached", all.size() - missing.size(), all.size()).isEmpty();
  }
}
