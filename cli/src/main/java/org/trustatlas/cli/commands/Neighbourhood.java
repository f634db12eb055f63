package org.trustatlas.cli.commands;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.trustatlas.core.model.Atlas;
import org.trustatlas.core.model.ConceptId;
import org.trustatlas.core.model.Direction;
import org.trustatlas.core.model.Link;
import org.trustatlas.core.model.Relation;
import org.trustatlas.core.model.RelationKind;

/**
 * The relations around a concept, followed outward up to a depth, as a tree: each concept is
 * expanded once, so cycles end. Only walks {@link Atlas#related}; decides nothing about content.
 */
final class Neighbourhood {

  /** One link in the tree, {@code depth} steps from the start, seen from the concept {@code at}. */
  record Step(int depth, ConceptId at, Link link) {}

  private final Atlas atlas;
  private final RelationKind kind;
  private final Direction direction;

  Neighbourhood(Atlas atlas, RelationKind kind, Direction direction) {
    this.atlas = atlas;
    this.kind = kind;
    this.direction = direction;
  }

  List<Step> around(ConceptId start, int maxDepth) {
    List<Step> steps = new ArrayList<>();
    Set<ConceptId> expanded = new HashSet<>();
    expanded.add(start);
    walk(start, null, 1, maxDepth, expanded, steps);
    return steps;
  }

  /** {@code via} is the relation that led here; it is not listed again from this end. */
  private void walk(ConceptId at, Relation via, int depth, int maxDepth, Set<ConceptId> expanded, List<Step> steps) {
    for (Link link : links(at)) {
      // The same instance: every link comes from this one atlas. A record's generated equals would
      // start a chain of method handles on a first run, about 10 ms.
      if (link.relation() == via) {
        continue;
      }
      steps.add(new Step(depth, at, link));
      ConceptId next = link.other().id();
      if (depth < maxDepth && expanded.add(next)) {
        walk(next, link.relation(), depth + 1, maxDepth, expanded, steps);
      }
    }
  }

  private List<Link> links(ConceptId at) {
    return kind == null ? atlas.related(at, direction) : atlas.related(at, kind, direction);
  }
}
