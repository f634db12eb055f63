package org.trustatlas.core.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The aggregate: every concept and relation of one pack, checked once and indexed so each query
 * costs O(1) or O(degree), never a scan. Immutable; share one instance freely across threads.
 */
public final class Atlas {

  /** Longest path {@link #paths} follows; longer chains stop explaining anything to a reader. */
  public static final int MAX_PATH_DEPTH = 6;

  private static final int MAX_PATHS = 100;

  private final PackInfo pack;
  private final Article article;
  private final Map<String, SourceRef> bibliography;
  private final Map<ConceptId, Concept> byId;
  private final Map<ConceptKind, List<Concept>> byKind;
  private final List<Relation> relations;
  private final Map<ConceptId, Edges> edges;
  private final Map<SentenceRef, Citing> citing;

  private Atlas(PackInfo pack, Article article, Collection<SourceRef> bibliography, List<Concept> concepts,
      List<Relation> relations) {
    this.pack = pack;
    this.article = article;
    this.bibliography = indexSources(bibliography);
    this.relations = List.copyOf(relations);
    Map<ConceptId, Concept> ids = new LinkedHashMap<>();
    Map<ConceptKind, List<Concept>> kinds = new EnumMap<>(ConceptKind.class);
    Map<SentenceRef, Citing.Builder> cites = new HashMap<>();
    for (Concept concept : concepts) {
      ids.put(concept.id(), concept);
      kinds.computeIfAbsent(concept.kind(), k -> new ArrayList<>()).add(concept);
      for (SentenceRef ref : concept.citations().sentences()) {
        cites.computeIfAbsent(ref, r -> new Citing.Builder()).concepts.add(concept);
      }
    }
    Map<ConceptId, Edges> graph = new HashMap<>(ids.size() * 2);
    for (Relation relation : this.relations) {
      graph.computeIfAbsent(relation.from(), id -> new Edges()).add(relation.kind(), relation, true);
      graph.computeIfAbsent(relation.to(), id -> new Edges()).add(relation.kind(), relation, false);
      for (SentenceRef ref : relation.citations().sentences()) {
        cites.computeIfAbsent(ref, r -> new Citing.Builder()).relations.add(relation);
      }
    }
    this.byId = ids;
    kinds.replaceAll((kind, list) -> List.copyOf(list));
    this.byKind = kinds;
    this.edges = graph;
    Map<SentenceRef, Citing> citingIndex = new HashMap<>();
    cites.forEach((ref, builder) -> citingIndex.put(ref, builder.build()));
    this.citing = citingIndex;
  }

  /**
   * Builds an atlas, or throws {@link InvalidAtlasException} listing every rule the content breaks.
   */
  public static Atlas of(PackInfo pack, Article article, Collection<SourceRef> bibliography,
      List<? extends Concept> concepts, List<Relation> relations) {
    List<Violation> violations = AtlasRules.check(article, concepts, relations);
    if (!violations.isEmpty()) {
      throw new InvalidAtlasException(violations);
    }
    return new Atlas(pack, article, bibliography, List.copyOf(concepts), relations);
  }

  /** Every rule the given content breaks, in content order; empty when {@link #of} would succeed. */
  public static List<Violation> violations(Article article, List<? extends Concept> concepts,
      List<Relation> relations) {
    return AtlasRules.check(article, concepts, relations);
  }

  private static Map<String, SourceRef> indexSources(Collection<SourceRef> sources) {
    Map<String, SourceRef> index = new LinkedHashMap<>();
    for (SourceRef source : sources) {
      if (index.putIfAbsent(source.key(), source) != null) {
        throw new IllegalArgumentException("bibliography lists source '" + source.key() + "' twice");
      }
    }
    return index;
  }

  public PackInfo pack() {
    return pack;
  }

  public Article article() {
    return article;
  }

  public Collection<SourceRef> bibliography() {
    return Collections.unmodifiableCollection(bibliography.values());
  }

  public Optional<SourceRef> source(String key) {
    return Optional.ofNullable(bibliography.get(key));
  }

  public Optional<Concept> concept(ConceptId id) {
    return Optional.ofNullable(byId.get(id));
  }

  public Optional<Concept> concept(String id) {
    return ConceptId.isValid(id) ? concept(ConceptId.of(id)) : Optional.empty();
  }

  /** Concepts of one kind, typed: {@code concepts(Challenge.class)}. */
  public <C extends Concept> List<C> concepts(Class<C> type) {
    List<C> result = new ArrayList<>();
    for (Concept concept : concepts(kindOf(type))) {
      result.add(type.cast(concept));
    }
    return Collections.unmodifiableList(result);
  }

  public List<Concept> concepts(ConceptKind kind) {
    return byKind.getOrDefault(kind, List.of());
  }

  /** All concepts in pack order. */
  public Collection<Concept> concepts() {
    return Collections.unmodifiableCollection(byId.values());
  }

  public List<Relation> relations() {
    return relations;
  }

  public int size() {
    return byId.size();
  }

  /**
   * Relations of one kind at a concept, seen from it; O(degree). Empty for an id not in the atlas.
   *
   * @throws NullPointerException naming the argument, when any is null (for every kind, use
   *     {@link #related(ConceptId, Direction)})
   */
  public List<Link> related(ConceptId id, RelationKind kind, Direction direction) {
    Objects.requireNonNull(id, "concept id must not be null");
    Objects.requireNonNull(kind, "relation kind must not be null; related(id, direction) gives every kind");
    Objects.requireNonNull(direction, "direction must not be null");
    Edges at = edges.get(id);
    if (at == null) {
      return List.of();
    }
    List<Link> links = new ArrayList<>();
    if (direction != Direction.INCOMING) {
      for (Relation r : at.outgoing(kind)) {
        links.add(new Link(r, byId.get(r.to()), Direction.OUTGOING));
      }
    }
    if (direction != Direction.OUTGOING) {
      for (Relation r : at.incoming(kind)) {
        links.add(new Link(r, byId.get(r.from()), Direction.INCOMING));
      }
    }
    return Collections.unmodifiableList(links);
  }

  /** Relations of every kind at a concept, grouped by kind in declaration order. */
  public List<Link> related(ConceptId id, Direction direction) {
    List<Link> links = new ArrayList<>();
    for (RelationKind kind : RelationKind.values()) {
      links.addAll(related(id, kind, direction));
    }
    return Collections.unmodifiableList(links);
  }

  /**
   * Every simple path of outgoing relations from one concept to another, shortest first, at most
   * {@code maxDepth} steps ({@value #MAX_PATH_DEPTH} at most) and at most 100 paths.
   */
  public List<RelationPath> paths(ConceptId from, ConceptId to, int maxDepth) {
    if (maxDepth < 1 || maxDepth > MAX_PATH_DEPTH) {
      throw new IllegalArgumentException("path depth " + maxDepth + " must be between 1 and " + MAX_PATH_DEPTH);
    }
    List<RelationPath> found = new ArrayList<>();
    if (!byId.containsKey(from) || !byId.containsKey(to)) {
      return List.of();
    }
    Deque<Relation> trail = new ArrayDeque<>();
    Set<ConceptId> visited = new HashSet<>();
    visited.add(from);
    walk(from, to, maxDepth, trail, visited, found);
    found.sort(Comparator.comparingInt(RelationPath::length));
    return Collections.unmodifiableList(found);
  }

  private void walk(ConceptId at, ConceptId target, int depthLeft, Deque<Relation> trail, Set<ConceptId> visited,
      List<RelationPath> found) {
    Edges here = edges.get(at);
    if (here == null || depthLeft == 0) {
      return;
    }
    for (Relation step : here.allOutgoing()) {
      if (found.size() >= MAX_PATHS) {
        return;
      }
      trail.addLast(step);
      if (step.to().equals(target)) {
        found.add(new RelationPath(List.copyOf(trail)));
      } else if (visited.add(step.to())) {
        walk(step.to(), target, depthLeft - 1, trail, visited, found);
        visited.remove(step.to());
      }
      trail.removeLast();
    }
  }

  /** What cites one sentence of the article. */
  public Citing citing(SentenceRef sentence) {
    return citing.getOrDefault(sentence, Citing.NOTHING);
  }

  static ConceptKind kindOf(Class<? extends Concept> type) {
    return ConceptKinds.of(type);
  }

  /** The concepts and relations that cite one sentence. */
  public record Citing(List<Concept> concepts, List<Relation> relations) {
    static final Citing NOTHING = new Citing(List.of(), List.of());

    public boolean isEmpty() {
      return concepts.isEmpty() && relations.isEmpty();
    }

    static final class Builder {
      final List<Concept> concepts = new ArrayList<>();
      final List<Relation> relations = new ArrayList<>();

      Citing build() {
        return new Citing(List.copyOf(concepts), List.copyOf(relations));
      }
    }
  }

  /** Edges at one concept, by kind and direction. */
  private static final class Edges {
    private final Map<RelationKind, List<Relation>> out = new EnumMap<>(RelationKind.class);
    private final Map<RelationKind, List<Relation>> in = new EnumMap<>(RelationKind.class);
    private final List<Relation> allOut = new ArrayList<>(4);

    void add(RelationKind kind, Relation relation, boolean outgoing) {
      (outgoing ? out : in).computeIfAbsent(kind, k -> new ArrayList<>(2)).add(relation);
      if (outgoing) {
        allOut.add(relation);
      }
    }

    List<Relation> outgoing(RelationKind kind) {
      return out.getOrDefault(kind, List.of());
    }

    List<Relation> incoming(RelationKind kind) {
      return in.getOrDefault(kind, List.of());
    }

    List<Relation> allOutgoing() {
      return allOut;
    }
  }
}
