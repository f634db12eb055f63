package org.trustatlas.core.repair;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.trustatlas.core.model.Aggravator;
import org.trustatlas.core.model.Atlas;
import org.trustatlas.core.model.Challenge;
import org.trustatlas.core.model.Concept;
import org.trustatlas.core.model.ConceptId;
import org.trustatlas.core.internal.Require;
import org.trustatlas.core.internal.Suggestions;

/** Turns a situation's ids into concepts, or fails naming the bad id, its nearest ids and the valid ones. */
final class Resolver {

  private final Atlas atlas;

  Resolver(Atlas atlas) {
    this.atlas = atlas;
  }

  /** The situation's challenges and aggravators as concepts. */
  record Resolved(List<Challenge> challenges, List<Aggravator> aggravators) {}

  Resolved resolve(Situation situation) {
    List<Challenge> challenges = new ArrayList<>();
    for (ConceptId id : situation.challenges()) {
      challenges.add(find(id, Challenge.class, "challenge"));
    }
    List<Aggravator> aggravators = new ArrayList<>();
    for (ConceptId id : situation.aggravators()) {
      aggravators.add(find(id, Aggravator.class, "aggravator"));
    }
    return new Resolved(List.copyOf(challenges), List.copyOf(aggravators));
  }

  private <C extends Concept> C find(ConceptId id, Class<C> type, String field) {
    Optional<Concept> found = atlas.concept(id);
    if (found.isPresent() && type.isInstance(found.get())) {
      return type.cast(found.get());
    }
    List<String> valid = atlas.concepts(type).stream().map(c -> c.id().value()).sorted().toList();
    String problem = found.map(c -> Require.quoted(id.value()) + " is a " + c.kind().slug() + ", not a " + field)
        .orElse("unknown " + field + " " + Require.quoted(id.value()));
    throw new UnknownConceptException(field, id.value(), problem, Suggestions.nearest(id.value(), valid, 3), valid);
  }
}
