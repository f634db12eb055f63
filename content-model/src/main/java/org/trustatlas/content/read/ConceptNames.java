package org.trustatlas.content.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.trustatlas.core.model.Atlas;
import org.trustatlas.core.model.Concept;
import org.trustatlas.core.model.ConceptId;
import org.trustatlas.core.internal.Suggestions;

/**
 * Finds concepts by what a reader typed, for every front end alike: an id finds its concept; any
 * other text gets suggestions in one ranking over every concept's id, label and aliases, spelled as
 * slugs. An exact alias or label comes first ("cheating" suggests infidelity), then the nearest in
 * spelling. The index of names is built on the first miss, not before.
 */
public final class ConceptNames {

  /** How many suggestions a miss gets at most. */
  public static final int MAX_SUGGESTIONS = 3;

  private final Atlas atlas;
  private volatile Map<String, Set<Concept>> byName;

  private ConceptNames(Atlas atlas) {
    this.atlas = Objects.requireNonNull(atlas, "atlas");
  }

  public static ConceptNames of(Atlas atlas) {
    return new ConceptNames(atlas);
  }

  /** The concept whose id is {@code typed}, or the ones the reader most likely meant. */
  public Lookup lookup(String typed) {
    Objects.requireNonNull(typed, "typed");
    return atlas.concept(typed).<Lookup>map(Lookup.Found::new)
        .orElseGet(() -> new Lookup.NotFound(typed, ConceptId.isValid(typed), suggestions(typed)));
  }

  /** Up to {@link #MAX_SUGGESTIONS} concepts for {@code typed}, best first; empty when none is close. */
  public List<Concept> suggestions(String typed) {
    Map<String, Set<Concept>> names = names();
    Set<Concept> ranked = new LinkedHashSet<>();
    for (String name : Suggestions.nearest(slug(typed), names.keySet(), names.size())) {
      ranked.addAll(names.get(name));
      if (ranked.size() >= MAX_SUGGESTIONS) {
        break;
      }
    }
    return new ArrayList<>(ranked).subList(0, Math.min(MAX_SUGGESTIONS, ranked.size()));
  }

  private Map<String, Set<Concept>> names() {
    Map<String, Set<Concept>> names = byName;
    if (names == null) {
      names = new LinkedHashMap<>();
      for (Concept concept : atlas.concepts()) {
        add(names, concept.id().value(), concept);
        add(names, slug(concept.label()), concept);
        for (String alias : concept.aliases()) {
          add(names, slug(alias), concept);
        }
      }
      byName = names;
    }
    return names;
  }

  private static void add(Map<String, Set<Concept>> names, String name, Concept concept) {
    if (!name.isEmpty()) {
      names.computeIfAbsent(name, n -> new LinkedHashSet<>()).add(concept);
    }
  }

  /** "Emotional Affair" and "emotional_affair" both as {@code emotional-affair}. */
  static String slug(String text) {
    return text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
  }
}
