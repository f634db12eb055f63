package org.trustatlas.core.safety;

import java.util.List;
import java.util.Optional;
import org.trustatlas.core.model.ActorRole;
import org.trustatlas.core.model.Challenge;
import org.trustatlas.core.model.ChallengeFamily;
import org.trustatlas.core.model.Citations;
import org.trustatlas.core.model.ConceptId;
import org.trustatlas.core.model.ConceptInfo;
import org.trustatlas.core.model.DevelopmentPractice;
import org.trustatlas.core.model.Outcome;
import org.trustatlas.core.model.ReactiveBehavior;
import org.trustatlas.core.model.RebuildingStrategy;
import org.trustatlas.core.model.Valence;

/** Single concepts for gate tests, which need attributes but no atlas. */
public final class SampleConcepts {

  private SampleConcepts() {}

  public static Challenge challenge(String id, ChallengeFamily family) {
    return new Challenge(info(id), family);
  }

  public static RebuildingStrategy strategy(String id, ActorRole actor, Trait... traits) {
    List<Trait> has = List.of(traits);
    return new RebuildingStrategy(info(id), actor, ConceptId.of("some-phase"), has.contains(Trait.ADJUNCT),
        has.contains(Trait.FAULT), has.contains(Trait.CONJOINT));
  }

  public static RebuildingStrategy couplesTherapy() {
    return strategy("couples-therapy", ActorRole.BOTH, Trait.CONJOINT);
  }

  public static Outcome forgiveness() {
    return new Outcome(info("forgiveness"), true);
  }

  public static Outcome separation() {
    return new Outcome(info("separation"), false);
  }

  public static DevelopmentPractice sexualPractice(String id) {
    return new DevelopmentPractice(info(id), Optional.of("Only with ongoing, freely given consent."));
  }

  public static ReactiveBehavior revenge() {
    return new ReactiveBehavior(info("revenge"), Valence.MALADAPTIVE);
  }

  private static ConceptInfo info(String id) {
    return ConceptInfo.of(id, id.replace('-', ' '), List.of(), "A sample concept.", Citations.sentences("S16"));
  }

  /** Strategy attributes, named so a call reads as a description. */
  public enum Trait {
    CONJOINT,
    FAULT,
    ADJUNCT
  }
}
