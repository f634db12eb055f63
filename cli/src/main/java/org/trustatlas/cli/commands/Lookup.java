package org.trustatlas.cli.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.trustatlas.core.model.Atlas;
import org.trustatlas.core.model.Concept;
import org.trustatlas.core.internal.Suggestions;

/** Finds a concept by the id the user typed, or fails naming the nearest ids. */
final class Lookup {

  private Lookup() {}

  static Concept concept(Atlas atlas, String id) {
    return atlas.concept(id).orElseThrow(() -> new Failure("unknown concept '" + id + "'" + hint(atlas, id)));
  }

  /**
   * Concepts that have the typed word as an alias come first ("cheating" suggests infidelity),
   * then the ids closest in spelling.
   */
  private static String hint(Atlas atlas, String typed) {
    List<String> candidates = new ArrayList<>();
    String lower = typed.toLowerCase(Locale.ROOT).strip();
    for (Concept concept : atlas.concepts()) {
      if (concept.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(lower))) {
        candidates.add(concept.id().value());
      }
    }
    List<String> ids = atlas.concepts().stream().map(c -> c.id().value()).toList();
    for (String near : Suggestions.nearest(typed, ids, 3)) {
      if (!candidates.contains(near)) {
        candidates.add(near);
      }
    }
    if (candidates.isEmpty()) {
      return "; run 'atlas concepts' to list them";
    }
    return "; did you mean '" + String.join("' or '", candidates.subList(0, Math.min(3, candidates.size()))) + "'?";
  }
}
