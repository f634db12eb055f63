package org.trustatlas.cli.commands;

import java.util.ArrayList;
import java.util.List;
import org.trustatlas.core.model.Challenge;
import org.trustatlas.core.model.Concept;
import org.trustatlas.core.model.DevelopmentPractice;
import org.trustatlas.core.model.Outcome;
import org.trustatlas.core.model.Phase;
import org.trustatlas.core.model.ReactiveBehavior;
import org.trustatlas.core.model.RebuildingStrategy;

/** The line under a concept's label: its kind and the fields only that kind has, as words. */
final class ConceptFacts {

  private ConceptFacts() {}

  static String of(Concept concept) {
    List<String> facts = new ArrayList<>();
    facts.add(concept.kind().slug());
    if (concept instanceof Challenge challenge) {
      facts.add("family: " + challenge.family().slug());
    } else if (concept instanceof RebuildingStrategy strategy) {
      facts.add("actor: " + strategy.actor().slug());
      facts.add("phase: " + strategy.phase().value());
      flag(facts, strategy.conjoint(), "both partners together");
      flag(facts, strategy.involvesFault(), "owns a wrong");
      flag(facts, strategy.adjunct(), "adjunct, never treatment on its own");
    } else if (concept instanceof ReactiveBehavior behavior) {
      facts.add(behavior.valence().slug());
    } else if (concept instanceof Outcome outcome) {
      flag(facts, outcome.optional(), "optional");
    } else if (concept instanceof Phase phase) {
      facts.add("step " + phase.order());
    }
    return String.join("; ", facts);
  }

  /** The consent note a development practice carries, if any. */
  static String note(Concept concept) {
    return concept instanceof DevelopmentPractice practice ? practice.consentNote().orElse("") : "";
  }

  private static void flag(List<String> facts, boolean set, String words) {
    if (set) {
      facts.add(words);
    }
  }
}
