package org.trustatlas.mcp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.trustatlas.core.model.Atlas;
import org.trustatlas.core.model.Concept;
import org.trustatlas.core.internal.Suggestions;

/**
 * Finds a concept by the id an assistant sent, or says which ids it most likely meant: concepts that
 * have the word as an alias first ("cheating" suggests infidelity), then the ids nearest in spelling.
 * The same ranking as {@code atlas show}; the shared read model is meant to replace this class.
 */
final class ConceptNames {

  private final Atlas atlas;
  private final List<String> ids;

  ConceptNames(Atlas atlas) {
    this.atlas = atlas;
    this.ids = atlas.concepts().stream().map(c -> c.id().value()).toList();
  }

  Concept find(String argument, String raw) {
    return atlas.concept(raw).orElseThrow(() -> new ToolError(argument + ": unknown concept '" + raw + "'"
        + hint(raw) + "; the search tool finds concepts from plain words"));
  }

  /** "; did you mean 'a' or 'b'?" or the empty string. */
  String hint(String raw) {
    List<String> near = nearest(raw);
    return near.isEmpty() ? "" : "; did you mean '" + String.join("' or '", near) + "'?";
  }

  /** Up to three ids, aliases first, then spelling. */
  List<String> nearest(String raw) {
    String typed = raw.toLowerCase(Locale.ROOT).strip();
    List<String> candidates = new ArrayList<>();
    for (Concept concept : atlas.concepts()) {
      if (concept.aliases().stream().anyMatch(alias -> alias.toLowerCase(Locale.ROOT).equals(typed))) {
        candidates.add(concept.id().value());
      }
    }
    for (String near : Suggestions.nearest(typed.replace(' ', '-').replace('_', '-'), ids, 3)) {
      if (!candidates.contains(near)) {
        candidates.add(near);
      }
    }
    return List.copyOf(candidates.subList(0, Math.min(3, candidates.size())));
  }

  List<String> ids() {
    return ids;
  }
}
