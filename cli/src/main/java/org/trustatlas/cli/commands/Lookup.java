package org.trustatlas.cli.commands;

import org.trustatlas.content.input.Quote;
import org.trustatlas.content.read.ConceptNames;
import org.trustatlas.content.read.Lookup.Found;
import org.trustatlas.content.read.Lookup.NotFound;
import org.trustatlas.core.model.Atlas;
import org.trustatlas.core.model.Concept;

/** Finds a concept by the id the user typed, or fails naming the read model's suggestions. */
final class Lookup {

  private Lookup() {}

  static Concept concept(Atlas atlas, String id) {
    org.trustatlas.content.read.Lookup lookup = ConceptNames.of(atlas).lookup(id);
    if (lookup instanceof Found found) {
      return found.concept();
    }
    throw new Failure("unknown concept " + Quote.of(id) + hint((NotFound) lookup));
  }

  private static String hint(NotFound missing) {
    return missing.suggestions().isEmpty() ? "; run 'atlas concepts' to list them"
        : "; did you mean '" + String.join("' or '", missing.suggestedIds()) + "'?";
  }
}
