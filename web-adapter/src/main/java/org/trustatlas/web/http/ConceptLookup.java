package org.trustatlas.web.http;

import java.util.List;
import org.trustatlas.content.input.Quote;
import org.trustatlas.content.read.ConceptNames;
import org.trustatlas.content.read.Lookup;
import org.trustatlas.core.model.Atlas;
import org.trustatlas.core.model.Concept;

/**
 * Finds a concept by the id a client sent through the read model's lookup, or turns its not-found
 * answer into a problem: the same suggestions, in the same order, as the CLI and the MCP tools.
 */
public final class ConceptLookup {

  private final ConceptNames names;
  private final String example;

  public ConceptLookup(Atlas atlas) {
    this.names = ConceptNames.of(atlas);
    this.example = atlas.concepts().stream().findFirst().map(c -> c.id().value()).orElse("couples-therapy");
  }

  /** The concept named in a path: unknown ids are 404 with suggestions. */
  public Concept inPath(String raw) {
    Lookup lookup = names.lookup(raw);
    if (lookup instanceof Lookup.Found found) {
      return found.concept();
    }
    Lookup.NotFound missing = (Lookup.NotFound) lookup;
    throw Problems.unknownConcept(explain(missing)).with("id", Quote.bare(raw)).withSuggestions(missing.suggestedIds())
        .toException();
  }

  /** The concept named in a query parameter: unknown ids are 400, since the route itself exists. */
  public Concept inQuery(String parameter, String raw) {
    Lookup lookup = names.lookup(raw);
    if (lookup instanceof Lookup.Found found) {
      return found.concept();
    }
    Lookup.NotFound missing = (Lookup.NotFound) lookup;
    throw Problems.invalidParameter(parameter, parameter + ": " + explain(missing))
        .withSuggestions(missing.suggestedIds()).toException();
  }

  /** An id found nowhere: a lookup's answer when it is {@link Lookup.NotFound}, for a plan's ids. */
  Lookup lookup(String raw) {
    return names.lookup(raw);
  }

  private String explain(Lookup.NotFound missing) {
    return missing.wellFormed() ? "No concept has the id " + Quote.of(missing.typed()) + "." : notAnId(missing);
  }

  /**
   * The one wording for what was sent as an id and is none ("INFIDELITY"), wherever it was sent: what
   * an id looks like, and the nearest ids where there are some, else an example.
   */
  String notAnId(Lookup.NotFound missing) {
    List<String> near = missing.suggestedIds();
    return Quote.of(missing.typed()) + " is not a concept id; ids are lower-case words joined by hyphens"
        + (near.isEmpty() ? ", such as '" + example + "'." : "; did you mean '" + String.join("' or '", near) + "'?");
  }
}
