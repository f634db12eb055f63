package org.trustatlas.core.repair;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.trustatlas.core.model.Concept;
import org.trustatlas.core.model.ConceptId;
import org.trustatlas.core.model.Direction;
import org.trustatlas.core.model.Link;
import org.trustatlas.core.model.RebuildingStrategy;
import org.trustatlas.core.model.RelationKind;
import org.trustatlas.core.model.Resource;

/**
 * Kinds of help the plan points to. A resource reached only through a suppressed strategy (a couples
 * therapist, when couples therapy is left out) is left out with that strategy's rule, even when a
 * challenge points to it too.
 */
final class Referrals {

  private final Toolkit kit;
  private final List<RebuildingStrategy> included;
  private final Map<ConceptId, SuppressedItem> suppressedStrategies;
  private final List<SuppressedItem> leftOut = new ArrayList<>();

  Referrals(Toolkit kit, List<RebuildingStrategy> included, Map<ConceptId, SuppressedItem> suppressedStrategies) {
    this.kit = kit;
    this.included = included;
    this.suppressedStrategies = suppressedStrategies;
  }

  List<Referral> collect(Resolver.Resolved situation) {
    Map<Resource, List<String>> pointers = new LinkedHashMap<>();
    List<Concept> from = new ArrayList<>(included);
    from.addAll(situation.challenges());
    from.addAll(situation.aggravators());
    for (Concept concept : from) {
      for (Link link : kit.atlas().related(concept.id(), RelationKind.REFERS_TO, Direction.OUTGOING)) {
        if (link.other() instanceof Resource resource) {
          pointers.computeIfAbsent(resource, r -> new ArrayList<>()).add(Framing.lowerFirst(concept.label()));
        }
      }
    }
    List<Referral> referrals = new ArrayList<>();
    pointers.keySet().stream().sorted(kit.pack().comparator()).forEach(resource -> {
      Optional<SuppressedItem> because = onlyThroughSuppressed(resource);
      if (because.isPresent()) {
        leftOut.add(new SuppressedItem(resource.id(), resource.label(), because.get().ruleId(),
            "It goes with " + Framing.lowerFirst(because.get().label()) + ", which is left out. "
                + because.get().reason()));
      } else {
        referrals.add(new Referral(resource.id(), resource.label(), resource.summary(),
            "Pointed to by " + String.join(", ", pointers.get(resource).stream().distinct().toList()) + "."));
      }
    });
    return referrals;
  }

  List<SuppressedItem> leftOut() {
    return List.copyOf(leftOut);
  }

  private Optional<SuppressedItem> onlyThroughSuppressed(Resource resource) {
    List<Link> strategies = kit.atlas().related(resource.id(), RelationKind.REFERS_TO, Direction.INCOMING).stream()
        .filter(l -> l.other() instanceof RebuildingStrategy).toList();
    boolean viaIncluded = strategies.stream()
        .anyMatch(l -> included.stream().anyMatch(s -> s.id().equals(l.other().id())));
    if (viaIncluded) {
      return Optional.empty();
    }
    return strategies.stream().map(l -> suppressedStrategies.get(l.other().id())).filter(Objects::nonNull).findFirst();
  }
}
