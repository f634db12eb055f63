package org.trustatlas.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustatlas.core.model.ActorRole;
import org.trustatlas.core.model.Atlas;
import org.trustatlas.core.model.Challenge;
import org.trustatlas.core.model.ChallengeFamily;
import org.trustatlas.core.model.Concept;
import org.trustatlas.core.model.ConceptId;
import org.trustatlas.core.model.ConceptKind;
import org.trustatlas.core.model.DevelopmentPractice;
import org.trustatlas.core.model.Direction;
import org.trustatlas.core.model.Outcome;
import org.trustatlas.core.model.ReactiveBehavior;
import org.trustatlas.core.model.RebuildingStrategy;
import org.trustatlas.core.model.RelationKind;
import org.trustatlas.core.model.Sentence;
import org.trustatlas.core.model.Valence;

/** The bundled pack covers the whole article and already encodes the safe form of its advice. */
class BundledPackTest {

  private final Atlas atlas = TrustAtlas.bundled().atlas();

  @Test
  void everySentenceOfTheArticleIsCited() {
    assertThat(atlas.article().sentences()).hasSize(23);
    for (Sentence sentence : atlas.article().sentences()) {
      assertThat(atlas.citing(sentence.ref()).isEmpty()).as("%s is cited", sentence.ref()).isFalse();
    }
  }

  @Test
  void everyKindOfConceptIsPresent() {
    for (ConceptKind kind : ConceptKind.values()) {
      assertThat(atlas.concepts(kind)).as(kind.slug()).isNotEmpty();
    }
    assertThat(atlas.size()).as("a pack an editor can still review whole").isBetween(60, 250);
  }

  @Test
  void everyChallengeTheArticleNamesIsAConceptOrAnAlias() {
    for (String word : List.of("infidelity", "cheating", "betrayal", "abuse", "trauma", "addiction", "power imbalance",
        "unrealistic expectations", "rape", "assault", "work", "finances")) {
      assertThat(TrustAtlas.bundled().search(word, 3).hits()).as(word).isNotEmpty();
    }
  }

  @Test
  void forgivenessIsAnOptionalOutcomeAndSeparationAValidOne() {
    assertThat(atlas.concept("forgiveness")).get().isInstanceOfSatisfying(Outcome.class,
        o -> assertThat(o.optional()).isTrue());
    assertThat(atlas.concept("separation")).get().isInstanceOf(Outcome.class);
    assertThat(atlas.related(ConceptId.of("forgiveness"), RelationKind.NEEDS, Direction.INCOMING)).isEmpty();
  }

  @Test
  void noStepAsksBothPartnersToOwnAWrong() {
    assertThat(atlas.concepts(RebuildingStrategy.class))
        .noneMatch(s -> s.actor() == ActorRole.BOTH && s.involvesFault());
    assertThat(atlas.concepts(RebuildingStrategy.class).stream()
        .filter(s -> s.actor() == ActorRole.HURT_PARTNER)).allMatch(s -> !s.involvesFault());
  }

  @Test
  void selfCareIsAnAdjunctAndCouplesTherapyIsConjoint() {
    assertThat(atlas.concept("self-care")).get().isInstanceOfSatisfying(RebuildingStrategy.class,
        s -> assertThat(s.adjunct()).isTrue());
    assertThat(atlas.concept("couples-therapy")).get().isInstanceOfSatisfying(RebuildingStrategy.class,
        s -> assertThat(s.conjoint()).isTrue());
  }

  @Test
  void revengeAndBlameAreMarkedMaladaptive() {
    for (String id : List.of("seeking-revenge", "blaming-the-partner", "self-blame")) {
      assertThat(atlas.concept(id)).get().isInstanceOfSatisfying(ReactiveBehavior.class,
          b -> assertThat(b.valence()).isEqualTo(Valence.MALADAPTIVE));
    }
  }

  @Test
  void partnerHarmIsNeverAddressedByConjointWorkAndAlwaysReferredToADomesticViolenceService() {
    for (Challenge harm : atlas.concepts(Challenge.class)) {
      if (harm.family() != ChallengeFamily.PARTNER_HARM) {
        continue;
      }
      assertThat(atlas.related(harm.id(), RelationKind.ADDRESSES, Direction.INCOMING))
          .as("%s addressed by", harm.id())
          .noneMatch(l -> l.other() instanceof RebuildingStrategy s && s.conjoint());
      assertThat(atlas.related(harm.id(), RelationKind.REFERS_TO, Direction.OUTGOING))
          .extracting(l -> l.other().id().value())
          .as("%s refers to", harm.id())
          .contains("domestic-violence-service", "emergency-services");
    }
  }

  @Test
  void sexualPracticesCarryAConsentNote() {
    for (String id : List.of("sharing-fantasies", "consensual-exploration")) {
      assertThat(atlas.concept(id)).get().isInstanceOfSatisfying(DevelopmentPractice.class,
          p -> assertThat(p.consentNote()).isPresent());
    }
  }

  @Test
  void everyStrategyBelongsToThePhaseItNames() {
    for (RebuildingStrategy s : atlas.concepts(RebuildingStrategy.class)) {
      assertThat(atlas.concept(s.phase())).get().extracting(Concept::kind).isEqualTo(ConceptKind.PHASE);
    }
  }
}
