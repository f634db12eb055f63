package org.trustatlas.web.http;

import java.util.List;
import java.util.Locale;
import org.trustatlas.core.model.Atlas;
import org.trustatlas.core.model.Concept;
import org.trustatlas.core.model.ConceptId;
import org.trustatlas.core.internal.Suggestions;

/** Finds a concept by the id a client sent, or explains why not and which ids are close. */
public final class ConceptLookup {

  private final Atlas atlas;
  private final List<String> ids;

  public ConceptLookup(Atlas atlas) {
    this.atlas = atlas;
    this.ids = atlas.concepts().stream().map(c -> c.id().value()).toList();
  }

  /** The concept named in a path: unknown ids are 404 with suggestions. */
  public Concept inPath(String raw) {
    return atlas.concept(raw).orElseThrow(() -> Problems.unknownConcept(explain(raw))
        .with("id", raw).withSuggestions(near(raw)).toException());
  }

  /** The concept named in a query parameter: unknown ids are 400, since the route itself exists. */
  public Concept inQuery(String parameter, String raw) {
    return atlas.concept(raw).orElseThrow(() -> Problems.invalidParameter(parameter,
        parameter + ": " + explain(raw)).withSuggestions(near(raw)).toException());
  }

  private String explain(String raw) {
    if (!ConceptId.isValid(raw)) {
      return "'" + raw + "' is not a concept id; ids are lower-case words joined by hyphens, such as '"
          + (ids.isEmpty() ? "couples-therapy" : ids.get(0)) + "'.";
    }
    return "No concept has the id '" + raw + "'.";
  }

  private List<String> near(String raw) {
    return Suggestions.nearest(raw.toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-'), ids, 3);
  }
}
