package org.trustatlas.core.repair;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.trustatlas.core.model.Atlas;
import org.trustatlas.core.model.ConceptId;
import org.trustatlas.core.model.Direction;
import org.trustatlas.core.model.Link;
import org.trustatlas.core.model.Phase;
import org.trustatlas.core.model.RelationKind;

/**
 * Orders a plan's phases: "precedes" edges first, then each phase's order, then pack order, so
 * phases from two frameworks interleave the same way every time.
 */
final class PhaseOrder {

  private PhaseOrder() {}

  static List<Phase> of(Atlas atlas, Collection<Phase> phases, PackOrder pack) {
    Map<ConceptId, Phase> included = new HashMap<>();
    phases.forEach(p -> included.put(p.id(), p));
    Map<ConceptId, Integer> before = new HashMap<>();
    phases.forEach(p -> before.put(p.id(), 0));
    for (Phase phase : phases) {
      for (Link link : atlas.related(phase.id(), RelationKind.PRECEDES, Direction.OUTGOING)) {
        before.computeIfPresent(link.other().id(), (id, n) -> n + 1);
      }
    }
    Comparator<Phase> tie = Comparator.comparingInt(Phase::order).thenComparingInt(p -> pack.of(p.id()));
    PriorityQueue<Phase> ready = new PriorityQueue<>(tie);
    phases.stream().filter(p -> before.get(p.id()) == 0).forEach(ready::add);
    List<Phase> ordered = new ArrayList<>();
    while (!ready.isEmpty()) {
      Phase next = ready.poll();
      ordered.add(next);
      for (Link link : atlas.related(next.id(), RelationKind.PRECEDES, Direction.OUTGOING)) {
        ConceptId after = link.other().id();
        if (included.containsKey(after) && before.merge(after, -1, Integer::sum) == 0) {
          ready.add(included.get(after));
        }
      }
    }
    // A cycle in the pack's "precedes" edges: keep the remaining phases by their order rather than drop them.
    phases.stream().filter(p -> ordered.stream().noneMatch(o -> o.id().equals(p.id()))).sorted(tie)
        .forEach(ordered::add);
    return ordered;
  }
}
