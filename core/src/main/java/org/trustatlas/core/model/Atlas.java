package org.trustatlas.core.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
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
 * No argument may be null (each query refuses one by name) and no query returns null: an unknown id
 * gives an empty {@code Optional} or list.
 */
public final class Atlas {

  /** Longest path {@link #paths} follows; longer chains stop explaining anything to a reader. */
  public static final int MAX_PATH_DEPTH = 6;

  private static final int MAX_PATHS = 100;

  private final PackInfo pack;
  private final Article article;
  private final Map<String, SourceRef> bibliography;
  private final Graph graph;
  private final List<Concept> concepts;
  private final Map<ConceptKind, List<Concept>> byKind;
  private final List<Relation> relations;
  /** What cites each sentence, by its number less one. */
  private final Citing[] citing;

  private Atlas(PackInfo pack, Article article, Collection<SourceRef> bibliography, Graph graph) {
    this.pack = pack;
    this.article = article;
    this.bibliography = indexSources(bibliography);
    this.graph = graph;
    this.concepts = Collections.unmodifiableList(Arrays.asList(graph.concepts));
    this.relations = graph.relations;
    // Loops rather than lambdas in this constructor: every command line start builds an atlas.
    Map<ConceptKind, List<Concept>> kinds = new EnumMap<>(ConceptKind.class);
    for (Concept concept : graph.concepts) {
      List<Concept> ofKind = kinds.get(concept.kind());
      if (ofKind == null) {
        ofKind = new ArrayList<>();
        kinds.put(concept.kind(), ofKind);
      }
      ofKind.add(concept);
    }
    for (Map.Entry<ConceptKind, List<Concept>> entry : kinds.entrySet()) {
      entry.setValue(List.copyOf(entry.getValue()));
    }
    this.byKind = kinds;
    this.citing = citing(article, graph);
  }

  /** Per sentence, the positions of the concepts and relations citing it, counted first, then filled. */
  private static Citing[] citing(Article article, Graph graph) {
    int sentences = article.sentences().size();
    List<Concept> all = Arrays.asList(graph.concepts);
    int[][] concepts = positions(sentences, graph.conceptSentences);
    int[][] relations = positions(sentences, graph.relationSentences);
    Citing[] citing = new Citing[sentences];
    for (int s = 0; s < sentences; s++) {
      citing[s] = new Citing(Graph.select(all, concepts[s]), Graph.select(graph.relations, relations[s]));
    }
    return citing;
  }

  /** Per sentence, the items citing it; the rules have already refused any sentence past the end. */
  private static int[][] positions(int sentences, Graph.Cited cited) {
    int items = cited.start.length - 1;
    int end = cited.start[items];
    int[] sizes = new int[sentences];
    for (int k = 0; k < end; k++) {
      sizes[cited.numbers[k] - 1]++;
    }
    int[][] positions = new int[sentences][];
    for (int s = 0; s < sentences; s++) {
      positions[s] = new int[sizes[s]];
      sizes[s] = 0;
    }
    for (int i = 0; i < items; i++) {
      for (int k = cited.start[i]; k < cited.start[i + 1]; k++) {
        int s = cited.numbers[k] - 1;
        positions[s][sizes[s]++] = i;
      }
    }
    return positions;
  }

  /**
   * Builds an atlas, or throws {@link InvalidAtlasException} listing every rule the content breaks.
   */
  public static Atlas of(PackInfo pack, Article article, Collection<SourceRef> bibliography,
      List<? extends Concept> concepts, List<Relation> relations) {
    Objects.requireNonNull(pack, "pack must not be null");
    Objects.requireNonNull(article, "article must not be null");
    Objects.requireNonNull(bibliography, "bibliography must not be null");
    Objects.requireNonNull(concepts, "concepts must not be null");
    Objects.requireNonNull(relations, "relations must not be null");
    Graph graph = new Graph(List.copyOf(concepts), List.copyOf(relations));
    List<Violation> violations = AtlasRules.check(article, graph);
    if (!violations.isEmpty()) {
      throw new InvalidAtlasException(violations);
    }
    return new Atlas(pack, article, bibliography, graph);
  }

  /** Every rule the given content breaks, in content order; empty when {@link #of} would succeed. */
  public static List<Violation> violations(Article article, List<? extends Concept> concepts,
      List<Relation> relations) {
    return AtlasRules.check(article, new Graph(List.copyOf(concepts), List.copyOf(relations)));
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

  /** Which pack this atlas was built from: its id, version, language and title. */
  public PackInfo pack() {
    return pack;
  }

  /** The article every concept and relation cites by sentence. */
  public Article article() {
    return article;
  }

  /** The pack's external sources, in the order the pack lists them; unmodifiable. */
  public Collection<SourceRef> bibliography() {
    return Collections.unmodifiableCollection(bibliography.values());
  }

  /** The bibliography entry with this key (such as {@code rempel-1985}), or empty. */
  public Optional<SourceRef> source(String key) {
    Objects.requireNonNull(key, "source key must not be null");
    return Optional.ofNullable(bibliography.get(key));
  }

  /** The concept with this id, or empty when the pack has none; O(1). */
  public Optional<Concept> concept(ConceptId id) {
    Objects.requireNonNull(id, "concept id must not be null");
    int at = graph.position(id);
    return at == Graph.UNKNOWN ? Optional.empty() : Optional.of(graph.concepts[at]);
  }

  /**
   * The concept with this id as a reader or a URL spells it, or empty when the text is no valid id or the
   * pack has no such concept.
   */
  public Optional<Concept> concept(String id) {
    return ConceptId.isValid(id) ? concept(ConceptId.of(id)) : Optional.empty();
  }

  /** Concepts of one kind, typed: {@code concepts(Challenge.class)}. */
  public <C extends Concept> List<C> concepts(Class<C> type) {
    Objects.requireNonNull(type, "concept type must not be null");
    List<C> result = new ArrayList<>();
    for (Concept concept : concepts(kindOf(type))) {
      result.add(type.cast(concept));
    }
    return Collections.unmodifiableList(result);
  }

  /** The concepts of one kind, in pack order; empty when the pack has none of that kind. */
  public List<Concept> concepts(ConceptKind kind) {
    Objects.requireNonNull(kind, "concept kind must not be null");
    return byKind.getOrDefault(kind, List.of());
  }

  /** All concepts in pack order. */
  public Collection<Concept> concepts() {
    return concepts;
  }

  /** Every relation, in pack order; unmodifiable. */
  public List<Relation> relations() {
    return relations;
  }

  /** How many concepts the atlas holds. */
  public int size() {
    return graph.concepts.length;
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
    int at = graph.position(id);
    if (at == Graph.UNKNOWN) {
      return List.of();
    }
    List<Link> links = new ArrayList<>();
    addLinks(links, at, kind, direction);
    return Collections.unmodifiableList(links);
  }

  /** Relations of every kind at a concept, grouped by kind in declaration order. */
  public List<Link> related(ConceptId id, Direction direction) {
    Objects.requireNonNull(id, "concept id must not be null");
    Objects.requireNonNull(direction, "direction must not be null");
    int at = graph.position(id);
    List<Link> links = new ArrayList<>();
    if (at != Graph.UNKNOWN) {
      for (RelationKind kind : RelationKind.values()) {
        addLinks(links, at, kind, direction);
      }
    }
    return Collections.unmodifiableList(links);
  }

  /** Outgoing links of {@code kind} first, then incoming ones, each in the order the pack lists them. */
  private void addLinks(List<Link> links, int at, RelationKind kind, Direction direction) {
    if (direction != Direction.INCOMING) {
      for (int i = graph.outStart[at]; i < graph.outStart[at + 1]; i++) {
        Relation r = relations.get(graph.out[i]);
        if (r.kind() == kind) {
          links.add(new Link(r, graph.concepts[graph.to[graph.out[i]]], Direction.OUTGOING));
        }
      }
    }
    if (direction != Direction.OUTGOING) {
      for (int i = graph.inStart[at]; i < graph.inStart[at + 1]; i++) {
        Relation r = relations.get(graph.in[i]);
        if (r.kind() == kind) {
          links.add(new Link(r, graph.concepts[graph.from[graph.in[i]]], Direction.INCOMING));
        }
      }
    }
  }

  /**
   * Every simple path of outgoing relations from one concept to another, shortest first, at most
   * {@code maxDepth} steps ({@value #MAX_PATH_DEPTH} at most) and at most 100 paths.
   */
  public List<RelationPath> paths(ConceptId from, ConceptId to, int maxDepth) {
    Objects.requireNonNull(from, "from must not be null");
    Objects.requireNonNull(to, "to must not be null");
    if (maxDepth < 1 || maxDepth > MAX_PATH_DEPTH) {
      throw new IllegalArgumentException("path depth " + maxDepth + " must be between 1 and " + MAX_PATH_DEPTH);
    }
    List<RelationPath> found = new ArrayList<>();
    int start = graph.position(from);
    int target = graph.position(to);
    if (start == Graph.UNKNOWN || target == Graph.UNKNOWN) {
      return List.of();
    }
    Deque<Relation> trail = new ArrayDeque<>();
    Set<Integer> visited = new HashSet<>();
    visited.add(start);
    walk(start, target, maxDepth, trail, visited, found);
    found.sort(Comparator.comparingInt(RelationPath::length));
    return Collections.unmodifiableList(found);
  }

  private void walk(int at, int target, int depthLeft, Deque<Relation> trail, Set<Integer> visited,
      List<RelationPath> found) {
    if (depthLeft == 0) {
      return;
    }
    for (int i = graph.outStart[at]; i < graph.outStart[at + 1]; i++) {
      if (found.size() >= MAX_PATHS) {
        return;
      }
      int r = graph.out[i];
      int next = graph.to[r];
      trail.addLast(relations.get(r));
      if (next == target) {
        found.add(new RelationPath(List.copyOf(trail)));
      } else if (visited.add(next)) {
        walk(next, target, depthLeft - 1, trail, visited, found);
        visited.remove(next);
      }
      trail.removeLast();
    }
  }

  /** What cites one sentence of the article. */
  public Citing citing(SentenceRef sentence) {
    Objects.requireNonNull(sentence, "sentence must not be null");
    return article.contains(sentence) ? citing[sentence.number() - 1] : Citing.NOTHING;
  }

  static ConceptKind kindOf(Class<? extends Concept> type) {
    return ConceptKinds.of(type);
  }

  /** The concepts and relations that cite one sentence. */
  public record Citing(List<Concept> concepts, List<Relation> relations) {
    static final Citing NOTHING = new Citing(List.of(), List.of());

    /** Whether nothing cites the sentence: no concept and no relation. */
    public boolean isEmpty() {
      return concepts.isEmpty() && relations.isEmpty();
    }
  }
}
