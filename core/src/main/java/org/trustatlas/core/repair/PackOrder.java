package org.trustatlas.core.repair;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.trustatlas.core.model.Atlas;
import org.trustatlas.core.model.Concept;
import org.trustatlas.core.model.ConceptId;

/** The order concepts appear in their pack: authors list steps in the order they mean them. */
final class PackOrder {

  private final Map<ConceptId, Integer> index = new HashMap<>();

  PackOrder(Atlas atlas) {
    for (Concept concept : atlas.concepts()) {
      index.put(concept.id(), index.size());
    }
  }

  int of(ConceptId id) {
    return index.getOrDefault(id, Integer.MAX_VALUE);
  }

  <C extends Concept> Comparator<C> comparator() {
    return Comparator.comparingInt(c -> of(c.id()));
  }
}
