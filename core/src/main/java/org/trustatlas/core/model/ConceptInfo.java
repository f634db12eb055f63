package org.trustatlas.core.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.trustatlas.core.internal.Require;

/**
 * What every concept has, whatever its kind.
 *
 * @param aliases the words a reader would type for it ("cheating", "affair"), never the label again
 * @param summary a plain explanation in the project's own words, never a quotation
 */
public record ConceptInfo(ConceptId id, String label, List<String> aliases, String summary, Citations citations) {

  public ConceptInfo {
    Objects.requireNonNull(id, "concept id must not be null");
    label = Require.text(label, () -> "concept '" + id + "' label");
    List<String> stripped = new ArrayList<>(Require.list(aliases, () -> "concept '" + id + "' aliases").size());
    Set<String> seen = new HashSet<>();
    for (String alias : aliases) {
      String clean = alias.strip();
      if (clean.isEmpty()) {
        throw new IllegalArgumentException("concept '" + id + "' has a blank alias");
      }
      if (!seen.add(clean.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("concept '" + id + "' lists an alias twice: " + aliases);
      }
      stripped.add(clean);
    }
    aliases = List.copyOf(stripped);
    summary = Require.text(summary, () -> "concept '" + id + "' summary");
    Objects.requireNonNull(citations, () -> "concept '" + id + "' citations must not be null");
  }

  /**
   * The id's hash: equal infos have equal ids, and planners key maps by concepts, whose generated hash
   * would otherwise walk the label, every alias, the summary and every citation on each lookup.
   */
  @Override
  public int hashCode() {
    return id.hashCode();
  }

  /** The common part of a concept, its id given as text; each value is checked as the constructor checks it. */
  public static ConceptInfo of(String id, String label, List<String> aliases, String summary, Citations citations) {
    return new ConceptInfo(ConceptId.of(id), label, aliases, summary, citations);
  }
}
