package org.trustatlas.content.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.trustatlas.content.input.Quote;
import org.trustatlas.core.model.Concept;
import org.trustatlas.core.model.ConceptId;
import org.trustatlas.core.model.ConceptKind;
import org.trustatlas.core.internal.Suggestions;

/**
 * The concept ids of the pack being read, for checking the ids that guidance files name (challenges
 * in rule conditions, challenges and aggravators in check-in answers) with a did-you-mean.
 */
final class PackConcepts {

  private final Map<ConceptId, ConceptKind> kinds = new HashMap<>();
  /** Concepts that failed to read: their problem is already reported, so they are not "unknown" too. */
  private final Set<ConceptId> unreadable;
  /** Whether a whole concept file failed to read, so that any id not here may have been in it. */
  private final boolean fileUnread;

  /** The concepts of a pack every concept of which was read. */
  static PackConcepts complete(Collection<? extends Concept> concepts) {
    return new PackConcepts(concepts, Set.of(), false);
  }

  PackConcepts(Collection<? extends Concept> concepts, Set<ConceptId> unreadable, boolean fileUnread) {
    concepts.forEach(c -> kinds.putIfAbsent(c.id(), c.kind()));
    this.unreadable = Set.copyOf(unreadable);
    this.fileUnread = fileUnread;
  }

  /** Whether the pack has {@code id} as a concept of {@code kind}. */
  boolean has(ConceptId id, ConceptKind kind) {
    return kinds.get(id) == kind;
  }

  /**
   * The id, when it names a concept of {@code kind}; otherwise reports at {@code pointer} what it is
   * instead, with the nearest ids of that kind.
   */
  Optional<ConceptId> check(YamlDocument doc, String pointer, String id, ConceptKind kind, Problems problems) {
    String what = kind.slug().replace('-', ' ');
    if (!ConceptId.isValid(id)) {
      doc.report(problems, pointer, Quote.of(id) + " is not a " + what + " id; ids are lower-kebab-case");
      return Optional.empty();
    }
    ConceptId concept = ConceptId.of(id);
    ConceptKind found = kinds.get(concept);
    if (found == kind || unread(concept)) {
      return Optional.of(concept);
    }
    doc.report(problems, pointer, found != null ? "'" + id + "' is a " + found.slug() + ", not a " + kind.slug()
        : "unknown " + what + " " + Quote.of(id) + Suggestions.hint(id, ids(kind)));
    return Optional.empty();
  }

  /** The id, when it names a concept of any kind; otherwise reports it at {@code pointer} with the nearest ids. */
  Optional<ConceptId> checkAnyKind(YamlDocument doc, String pointer, String id, Problems problems) {
    if (!ConceptId.isValid(id)) {
      doc.report(problems, pointer, Quote.of(id) + " is not a concept id; ids are lower-kebab-case");
      return Optional.empty();
    }
    ConceptId concept = ConceptId.of(id);
    if (kinds.containsKey(concept) || unread(concept)) {
      return Optional.of(concept);
    }
    doc.report(problems, pointer, "unknown concept " + Quote.of(id)
        + Suggestions.hint(id, kinds.keySet().stream().map(ConceptId::value).sorted().toList()));
    return Optional.empty();
  }

  /**
   * Whether {@code concept} is one whose problem is already reported: it failed to read, or is not among
   * those read while a whole concept file failed, and so may be in it. A name of it is not "unknown" too.
   */
  boolean unread(ConceptId concept) {
    return unreadable.contains(concept) || fileUnread && !kinds.containsKey(concept);
  }

  /** Whether the pack has a concept {@code id}, of any kind. */
  boolean has(ConceptId id) {
    return kinds.containsKey(id);
  }

  private List<String> ids(ConceptKind kind) {
    return kinds.entrySet().stream().filter(e -> e.getValue() == kind).map(e -> e.getKey().value()).sorted().toList();
  }
}
