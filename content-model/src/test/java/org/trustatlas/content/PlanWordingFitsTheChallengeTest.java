package org.trustatlas.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.trustatlas.core.model.Challenge;
import org.trustatlas.core.model.ChallengeFamily;
import org.trustatlas.core.repair.OutcomeItem;
import org.trustatlas.core.repair.PlanPhase;
import org.trustatlas.core.repair.ReaderRole;
import org.trustatlas.core.repair.RepairPlan;
import org.trustatlas.core.repair.RequirementItem;
import org.trustatlas.core.repair.Situation;
import org.trustatlas.core.repair.Step;
import org.trustatlas.core.safety.Region;
import org.trustatlas.core.safety.SafetyContext;

/**
 * A plan is put together from shared phases, steps, requirements and outcomes, so a text written for
 * one challenge reaches readers of every other challenge that uses it. These tests read every plan of
 * the bundled pack as its reader would (every challenge x every reader role, in GB and with no region)
 * and name each text that speaks of a challenge the reader does not have.
 */
class PlanWordingFitsTheChallengeTest {

  private static final TrustAtlas BUNDLED = TrustAtlas.bundled();
  private static final List<SafetyContext> CONTEXTS =
      List.of(SafetyContext.unknown(), SafetyContext.unknown().in(Region.of("GB")));
  private static final Pattern AFFAIR_WORDS =
      Pattern.compile("\\b(affairs?|cheat(s|ed|ing|er|ers)?|infidelity|unfaithful(ness)?)\\b", Pattern.CASE_INSENSITIVE);
  /**
   * Harm by a partner is not "a breach" or "a betrayal" between equals, nor something that "broke trust":
   * the words make abuse sound like a lapse of trust for the two of them to mend.
   */
  private static final Pattern BREACH_WORDS =
      Pattern.compile("\\b(breach(es|ed)?|betrayals?|broke trust)\\b", Pattern.CASE_INSENSITIVE);

  /**
   * Phrases that take for granted a crisis, broken trust or someone hurt or harmed, which a plan about
   * outside stress or expectations has no reason to.
   */
  private static final Pattern CRISIS_WORDS = Pattern.compile(
      "\\b(the crisis|after trust is broken|after a breach|hurt partner|survivors?)\\b", Pattern.CASE_INSENSITIVE);

  /** One text of a plan, named by where it sits. */
  private record Text(String plan, String item, String text) {

    @Override
    public String toString() {
      return plan + " / " + item + ": \"" + text + "\"";
    }
  }

  private static List<Text> texts(Predicate<Challenge> which) {
    List<Text> texts = new ArrayList<>();
    for (Challenge challenge : BUNDLED.atlas().concepts(Challenge.class)) {
      if (!which.test(challenge)) {
        continue;
      }
      for (ReaderRole role : ReaderRole.values()) {
        for (SafetyContext context : CONTEXTS) {
          RepairPlan plan = BUNDLED.plan(Situation.of(role, List.of(challenge.id()), context));
          String name = challenge.id() + " as " + role.slug() + " in " + context.region();
          for (PlanPhase phase : plan.phases()) {
            texts.add(new Text(name, "phase " + phase.id(), phase.summary()));
            for (Step step : phase.steps()) {
              texts.add(new Text(name, "step " + step.strategy(), step.why()));
            }
          }
          for (RequirementItem requirement : plan.requirements()) {
            texts.add(new Text(name, "requirement " + requirement.id(), requirement.summary()));
          }
          for (OutcomeItem outcome : plan.outcomes()) {
            texts.add(new Text(name, "outcome " + outcome.id(), outcome.summary()));
          }
        }
      }
    }
    return texts;
  }

  /** Each offending text once, with the word found and the plans it reaches. */
  private static List<String> offending(List<Text> texts, Pattern words) {
    Map<String, List<String>> byItem = new LinkedHashMap<>();
    for (Text t : texts) {
      Matcher m = words.matcher(t.text());
      if (m.find()) {
        byItem.computeIfAbsent(t.item() + " [" + m.group() + "] \"" + t.text() + "\"", k -> new ArrayList<>())
            .add(t.plan());
      }
    }
    List<String> found = new ArrayList<>();
    byItem.forEach((item, plans) -> found.add(item + " in " + plans.size() + " plans, e.g. " + plans.get(0)));
    return found;
  }

  /** Reads the plans of the challenges {@code which} picks, and fails naming every text that {@code words} finds. */
  private static void assertNoPlanSays(Predicate<Challenge> which, Pattern words, String plans, String saying) {
    List<Text> texts = texts(which);
    assertThat(texts).isNotEmpty();
    List<String> found = offending(texts, words);
    assertThat(found).as("%d texts in %s (of %d read) %s:%n%s", found.size(), plans, texts.size(), saying,
        String.join("\n", found)).isEmpty();
  }

  @Test
  void noPlanOutsideRelationalBetrayalSpeaksOfAnAffairCheatingOrInfidelity() {
    assertNoPlanSays(c -> c.family() != ChallengeFamily.RELATIONAL_BETRAYAL, AFFAIR_WORDS,
        "plans outside relational betrayal", "speak of affairs");
  }

  @Test
  void noPartnerHarmPlanCallsTheHarmABreach() {
    assertNoPlanSays(Challenge::isPartnerHarm, BREACH_WORDS, "partner-harm plans", "speak of a breach");
  }

  @Test
  void noPlanForOutsideStressOrExpectationsTakesACrisisOrBrokenTrustForGranted() {
    assertNoPlanSays(c -> c.family() == ChallengeFamily.EXTERNAL_STRESSOR || c.family() == ChallengeFamily.COGNITIVE,
        CRISIS_WORDS, "plans for outside stress or expectations", "presuppose a crisis");
  }
}
