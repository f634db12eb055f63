package org.trustatlas.mcp;

import java.util.List;
import org.trustatlas.content.input.Quote;
import org.trustatlas.content.read.Lookup;
import org.trustatlas.core.model.Atlas;
import org.trustatlas.core.model.Concept;

/**
 * Finds a concept by the id an assistant sent through the read model's lookup, or makes its
 * not-found answer a tool error: the same suggestions, in the same order, as the CLI and the web.
 */
final class ConceptNames {

  private final org.trustatlas.content.read.ConceptNames names;

  ConceptNames(Atlas atlas) {
    this.names = org.trustatlas.content.read.ConceptNames.of(atlas);
  }

  Concept find(String argument, String raw) {
    Lookup lookup = names.lookup(raw);
    if (lookup instanceof Lookup.Found found) {
      return found.concept();
    }
    throw new ToolError(argument + ": unknown concept " + Quote.of(raw) + hint(raw)
        + "; the search tool finds concepts from plain words");
  }

  /** "; did you mean 'a' or 'b'?" or the empty string. */
  String hint(String raw) {
    List<String> near = nearest(raw);
    return near.isEmpty() ? "" : "; did you mean '" + String.join("' or '", near) + "'?";
  }

  /** The read model's suggestions' ids, best first. */
  List<String> nearest(String raw) {
    return names.suggestions(raw).stream().map(c -> c.id().value()).toList();
  }
}
