package org.trustatlas.core.repair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trustatlas.core.model.ActorRole.BOTH;
import static org.trustatlas.core.model.ActorRole.HURT_PARTNER;
import static org.trustatlas.core.model.ActorRole.INDIVIDUAL;
import static org.trustatlas.core.model.ActorRole.INVOLVED_PARTNER;
import static org.trustatlas.core.model.ActorRole.SURVIVOR;
import static org.trustatlas.core.repair.FixtureConcepts.info;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustatlas.core.model.ActorRole;
import org.trustatlas.core.model.Article;
import org.trustatlas.core.model.Atlas;
import org.trustatlas.core.model.Challenge;
import org.trustatlas.core.model.ChallengeFamily;
import org.trustatlas.core.model.Citations;
import org.trustatlas.core.model.Concept;
import org.trustatlas.core.model.ConceptId;
import org.trustatlas.core.model.Outcome;
import org.trustatlas.core.model.PackInfo;
import org.trustatlas.core.model.Phase;
import org.trustatlas.core.model.RebuildingStrategy;
import org.trustatlas.core.model.Relation;
import org.trustatlas.core.model.RelationKind;
import org.trustatlas.core.model.Sentence;
import org.trustatlas.core.model.SentenceRef;
import org.trustatlas.core.safety.ResourcesFixture;
import org.trustatlas.core.safety.SafetyRulesFixture;

/** A pack with none of the bundled ids plans by the same families, attributes and relations. */
class AnyPackTest {

  private static final RepairPlanner PLANNER = new RepairPlanner(otherPack(), SafetyRulesFixture.defaultGate(),
      ResourcesFixture.directory());

  private static Atlas otherPack() {
    Article article = Article.of("Another article", List.of(
        new Sentence(SentenceRef.of("S01"), "One", "Trust can break in many ways."),
        new Sentence(SentenceRef.of("S02"), "One", "It can be mended, or let go.")));
    List<Concept> concepts = List.of(
        new Challenge(info("ghosting", "Ghosting", "Vanishing without a word.", "S01"), ChallengeFamily.RELATIONAL_BETRAYAL),
        new Challenge(info("stalking", "Stalking", "Following and watching.", "S01"), ChallengeFamily.PARTNER_HARM),
        new Challenge(info("night-shifts", "Night shifts", "Working when the other sleeps.", "S01"),
            ChallengeFamily.EXTERNAL_STRESSOR),
        new Phase(info("first-aid", "First aid", "Make things safe.", "S02"), 1),
        new Phase(info("mending", "Mending", "Mend what broke.", "S02"), 2),
        strategy("owning-it", INVOLVED_PARTNER, "mending", true, false),
        strategy("telling-how-it-felt", HURT_PARTNER, "mending", false, false),
        strategy("joint-sessions", BOTH, "mending", false, true),
        strategy("weekly-check-in", BOTH, "mending", false, false),
        strategy("safe-exit-plan", SURVIVOR, "first-aid", false, false),
        strategy("talking-to-someone", INDIVIDUAL, "first-aid", false, false),
        new Outcome(info("staying-together", "Staying together", "Together, trust rebuilt.", "S02"), false),
        new Outcome(info("letting-go", "Letting go", "Releasing resentment.", "S02"), true));
    List<Relation> relations = List.of(
        edge(RelationKind.ADDRESSES, "owning-it", "ghosting"), edge(RelationKind.ADDRESSES, "telling-how-it-felt", "ghosting"),
        edge(RelationKind.ADDRESSES, "joint-sessions", "ghosting"), edge(RelationKind.ADDRESSES, "joint-sessions", "stalking"),
        edge(RelationKind.ADDRESSES, "safe-exit-plan", "stalking"), edge(RelationKind.ADDRESSES, "talking-to-someone", "stalking"),
        edge(RelationKind.ADDRESSES, "weekly-check-in", "night-shifts"), edge(RelationKind.PRECEDES, "first-aid", "mending"),
        edge(RelationKind.LEADS_TO, "mending", "staying-together"), edge(RelationKind.LEADS_TO, "owning-it", "letting-go"));
    return Atlas.of(new PackInfo("other", "1", "en", "Other", ""), article, List.of(), concepts, relations);
  }

  private static RebuildingStrategy strategy(String id, ActorRole actor, String phase, boolean fault, boolean conjoint) {
    return new RebuildingStrategy(info(id, id, "A step.", "S02"), actor, ConceptId.of(phase), false, fault, conjoint);
  }

  private static Relation edge(RelationKind kind, String from, String to) {
    return Relation.of(kind, from, to, Citations.sentences("S02"));
  }

  @Test
  void aBetrayalIsLedByTheInvolvedPartnerWithTheHurtPartnersStepOptional() {
    RepairPlan plan = PLANNER.plan(Plans.answered(ReaderRole.HURT_PARTNER, "ghosting"));
    assertThat(Plans.stepIds(plan)).containsExactlyInAnyOrder("owning-it", "joint-sessions", "telling-how-it-felt");
    assertThat(Plans.step(plan, "owning-it").framing()).isEqualTo("What your partner can do");
    assertThat(Plans.step(plan, "telling-how-it-felt").optional()).isTrue();
    assertThat(plan.outcomes()).filteredOn(OutcomeItem::optional).extracting(o -> o.id().value())
        .containsExactly("letting-go");
  }

  @Test
  void harmByAPartnerPutsSafetyFirstAndLeavesOutJointSessionsWhateverTheyAreCalled() {
    RepairPlan plan = PLANNER.plan(Situation.of(ReaderRole.SURVIVOR, "stalking").inRegion("GB"));
    assertThat(plan.safety().startsWithEmergencyNumber()).isTrue();
    assertThat(Plans.phaseIds(plan)).containsExactly("first-aid");
    assertThat(Plans.stepIds(plan)).containsExactly("safe-exit-plan", "talking-to-someone");
    assertThat(Plans.ruleThatSuppressed(plan, "joint-sessions")).isEqualTo("no-couples-work-when-harm-or-danger");
  }

  @Test
  void anOutsideStressorIsCopedWithTogether() {
    assertThat(Plans.stepIds(PLANNER.plan(Plans.answered(ReaderRole.BOTH, "night-shifts"))))
        .containsExactly("weekly-check-in");
  }
}
