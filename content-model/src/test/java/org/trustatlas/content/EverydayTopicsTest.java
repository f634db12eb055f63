package org.trustatlas.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trustatlas.core.model.Challenge;
import org.trustatlas.core.model.Concept;
import org.trustatlas.core.repair.ReaderRole;
import org.trustatlas.core.repair.RepairPlan;
import org.trustatlas.core.repair.Situation;

/**
 * The everyday topics readers raise (sex after a baby, compulsive sexual behaviour and porn, different
 * levels of desire, pain and erection problems, open agreements, emotional affairs and suspicion): each
 * is a cited challenge that a reader's own words find and that has a plan of its own.
 */
class EverydayTopicsTest {

  private static final TrustAtlas ATLAS = TrustAtlas.bundled();

  /** What a reader might type, and the topic it should find first. */
  private static final Map<String, String> WORDS = Map.of(
      "sex after the baby", "sex-after-childbirth",
      "porn addiction", "compulsive-sexual-behaviour",
      "mismatched libido", "desire-differences",
      "erectile dysfunction", "sexual-pain-and-erection-problems",
      "we want to try an open relationship", "open-relationship-agreements",
      "texting an ex", "emotional-affair",
      "dating app profile", "emotional-affair");

  @Test
  void aReadersOwnWordsFindEachTopicFirst() {
    WORDS.forEach((words, id) -> assertThat(ATLAS.search(words, 3).hits()).as(words).isNotEmpty()
        .first().satisfies(hit -> assertThat(hit.concept().id().value()).as(words).isEqualTo(id)));
  }

  @Test
  void eachTopicIsACitedChallengeWithAPlanOfItsOwnThatBlamesNoOne() {
    for (String id : WORDS.values()) {
      Concept topic = ATLAS.atlas().concept(id).orElseThrow();
      assertThat(topic).isInstanceOf(Challenge.class);
      assertThat(topic.citations().sources()).as(id).isNotEmpty();
      assertThat(topic.summary().toLowerCase(java.util.Locale.ROOT)).as(id).doesNotContain("your fault", "to blame for");
      RepairPlan plan = ATLAS.plan(Situation.of(ReaderRole.BOTH, id));
      assertThat(plan.steps()).as(id).hasSizeGreaterThanOrEqualTo(2);
      assertThat(plan.steps()).as(id).allSatisfy(step -> assertThat(step.why()).doesNotContain("It addresses"));
    }
  }

  @Test
  void painAndErectionProblemsAskTheOtherPartnerForEncouragementNotBlame() {
    RepairPlan plan = ATLAS.plan(Situation.of(ReaderRole.HURT_PARTNER, "sexual-pain-and-erection-problems"));
    assertThat(plan.audience()).isEqualTo("the other partner");
    assertThat(plan.steps()).anySatisfy(step -> {
      assertThat(step.strategy().value()).isEqualTo("responding-without-blame");
      assertThat(step.framing()).isEqualTo("Your step, if and when you choose");
    });
  }

  @Test
  void suspicionIsRaisedDirectlyRatherThanBySnooping() {
    RepairPlan plan = ATLAS.plan(Situation.of(ReaderRole.HURT_PARTNER, "emotional-affair"));
    assertThat(plan.steps()).anySatisfy(step -> assertThat(step.strategy().value())
        .isEqualTo("raising-a-suspicion-directly"));
    assertThat(ATLAS.atlas().concept("raising-a-suspicion-directly").orElseThrow().summary())
        .contains("instead of checking a partner's phone");
  }
}
