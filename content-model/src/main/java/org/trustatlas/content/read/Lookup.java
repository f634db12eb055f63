package org.trustatlas.content.read;

import java.util.List;
import org.trustatlas.core.model.Concept;

/** What a typed concept id comes to: the concept, or the concepts the reader most likely meant. */
public sealed interface Lookup {

  /** The typed id names {@code concept}. */
  record Found(Concept concept) implements Lookup {}

  /**
   * No concept has the typed id. {@code suggestions} are the likeliest, best first (at most {@link
   * ConceptNames#MAX_SUGGESTIONS}); {@code wellFormed} says whether the text could be an id at all.
   */
  record NotFound(String typed, boolean wellFormed, List<Concept> suggestions) implements Lookup {

    public NotFound {
      suggestions = List.copyOf(suggestions);
    }

    /** The suggestions' ids, best first. */
    public List<String> suggestedIds() {
      return suggestions.stream().map(c -> c.id().value()).toList();
    }
  }
}
