package org.trustatlas.core.repair;

import java.util.ArrayList;
import java.util.List;
import org.trustatlas.core.model.ActorRole;
import org.trustatlas.core.model.Atlas;
import org.trustatlas.core.model.Citations;
import org.trustatlas.core.model.ConceptId;
import org.trustatlas.core.model.Direction;
import org.trustatlas.core.model.RebuildingStrategy;
import org.trustatlas.core.model.RelationKind;
import org.trustatlas.core.safety.Notice;

/** Writes one step: its actor, whether it is optional and the reader's own, why it is here, and its evidence. */
final class StepWriter {

  private final Atlas atlas;
  private final Quotes quotes;

  StepWriter(Atlas atlas, Quotes quotes) {
    this.atlas = atlas;
    this.quotes = quotes;
  }

  Step write(RebuildingStrategy strategy, List<Candidates.Reason> reasons, Reading reading, List<Notice> caveats) {
    List<Citations> citations = new ArrayList<>();
    citations.add(strategy.citations());
    reasons.forEach(r -> citations.add(r.relation().citations()));
    boolean optional = strategy.actor() == ActorRole.HURT_PARTNER || strategy.adjunct();
    return new Step(strategy.id(), strategy.label(), strategy.actor(), optional, reading.owns(strategy.actor()),
        Framing.whose(strategy.actor(), reading), why(strategy, reasons, reading), quotes.sentences(citations),
        quotes.sources(citations), caveats, resources(strategy));
  }

  private static String why(RebuildingStrategy strategy, List<Candidates.Reason> reasons, Reading reading) {
    List<String> parts = new ArrayList<>();
    parts.add(strategy.summary());
    String purpose = Framing.purpose(reasons);
    if (!purpose.isEmpty()) {
      parts.add(purpose);
    }
    parts.add(Framing.role(strategy.actor(), reading));
    if (strategy.adjunct()) {
      parts.add(Framing.adjunct());
    }
    return String.join(" ", parts);
  }

  private List<ConceptId> resources(RebuildingStrategy strategy) {
    return atlas.related(strategy.id(), RelationKind.REFERS_TO, Direction.OUTGOING).stream()
        .map(link -> link.other().id()).toList();
  }
}
