package org.trustatlas.core.repair;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trustatlas.core.model.Aggravator;
import org.trustatlas.core.model.Atlas;
import org.trustatlas.core.model.Challenge;
import org.trustatlas.core.model.Concept;
import org.trustatlas.core.model.Direction;
import org.trustatlas.core.model.Link;
import org.trustatlas.core.model.RebuildingStrategy;
import org.trustatlas.core.model.Relation;
import org.trustatlas.core.model.RelationKind;

/**
 * Finds the strategies a situation calls for by following relations, never by id: strategies that
 * address its challenges and aggravators, strategies that address what a challenge evokes or causes
 * (the hurt and mistrust an affair evokes, the pain trauma can cause), strategies sharing a resource
 * with an aggravator (an STI and sexual-health testing both point to a clinic), and, when a partner
 * may be causing harm or the reader is in danger, every strategy that addresses a partner-harm
 * challenge of the pack.
 */
final class Candidates {

  /** What a challenge brings about, whose strategies a plan for the challenge offers too. */
  private static final List<RelationKind> BRINGS = List.of(RelationKind.EVOKES, RelationKind.CAUSES);

  /**
   * Why a strategy is a candidate: the concept it serves and the relation that says so. {@code named}
   * is false for a partner-harm challenge the reader did not name, which joined because of the context;
   * {@code direct} is false when the concept is something a challenge evokes or causes.
   */
  record Reason(Concept addressed, Relation relation, boolean named, boolean direct) {}

  private final Atlas atlas;
  private final PackOrder pack;

  Candidates(Atlas atlas, PackOrder pack) {
    this.atlas = atlas;
    this.pack = pack;
  }

  /** Candidate strategies in pack order, each with its reasons. */
  Map<RebuildingStrategy, List<Reason>> select(Resolver.Resolved situation, boolean harmOrDanger) {
    Map<RebuildingStrategy, List<Reason>> found = new LinkedHashMap<>();
    situation.challenges().forEach(c -> challenge(c, true, found));
    for (Aggravator aggravator : situation.aggravators()) {
      addressing(aggravator, true, true, found);
      sharingAResource(aggravator, found);
    }
    if (harmOrDanger) {
      atlas.concepts(Challenge.class).stream().filter(Challenge::isPartnerHarm)
          .forEach(c -> challenge(c, situation.challenges().stream().anyMatch(n -> n.id().equals(c.id())), found));
    }
    Map<RebuildingStrategy, List<Reason>> ordered = new LinkedHashMap<>();
    found.keySet().stream().sorted(pack.comparator()).forEach(s -> ordered.put(s, List.copyOf(found.get(s))));
    return ordered;
  }

  private void challenge(Challenge challenge, boolean named, Map<RebuildingStrategy, List<Reason>> found) {
    addressing(challenge, named, true, found);
    for (RelationKind kind : BRINGS) {
      for (Link link : atlas.related(challenge.id(), kind, Direction.OUTGOING)) {
        addressing(link.other(), named, false, found);
      }
    }
  }

  private void addressing(Concept concept, boolean named, boolean direct, Map<RebuildingStrategy, List<Reason>> found) {
    for (Link link : atlas.related(concept.id(), RelationKind.ADDRESSES, Direction.INCOMING)) {
      if (link.other() instanceof RebuildingStrategy strategy) {
        add(found, strategy, new Reason(concept, link.relation(), named, direct));
      }
    }
  }

  private void sharingAResource(Aggravator aggravator, Map<RebuildingStrategy, List<Reason>> found) {
    for (Link toResource : atlas.related(aggravator.id(), RelationKind.REFERS_TO, Direction.OUTGOING)) {
      for (Link fromStrategy : atlas.related(toResource.other().id(), RelationKind.REFERS_TO, Direction.INCOMING)) {
        if (fromStrategy.other() instanceof RebuildingStrategy strategy) {
          add(found, strategy, new Reason(aggravator, fromStrategy.relation(), true, true));
        }
      }
    }
  }

  private static void add(Map<RebuildingStrategy, List<Reason>> found, RebuildingStrategy strategy, Reason reason) {
    List<Reason> reasons = found.computeIfAbsent(strategy, s -> new ArrayList<>());
    if (reasons.stream().noneMatch(r -> r.addressed().id().equals(reason.addressed().id()))) {
      reasons.add(reason);
    }
  }
}
