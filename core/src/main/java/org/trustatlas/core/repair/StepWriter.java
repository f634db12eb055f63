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

  Step write(RebuildingStrategy strategy, List<Candidates.Reason> reasons, ReaderRole reader, List<Notice> caveats) {
    List<Citations> citations = new ArrayList<>();
    citations.add(strategy.citations());
    reasons.forEach(r -> citations.add(r.relation().citations()));
    boolean optional = strategy.actor() == ActorRole.HURT_PARTNER || strategy.adjunct();
    return new Step(strategy.id(), strategy.label(), strategy.actor(), optional, reader.actsAs(strategy.actor()),
        why(strategy, reasons, reader), quotes.sentences(citations), quotes.sources(citations), caveats,
        resources(strategy));
  }

  private static String why(RebuildingStrategy strategy, List<Candidates.Reason> reasons, ReaderRole reader) {
    String why = strategy.summary() + " "
        + Framing.purpose(reasons.stream().filter(Candidates.Reason::named).map(Candidates.Reason::addressed).toList())
        + " "
        + Framing.role(strategy.actor(), reader);
    return strategy.adjunct() ? why + " " + Framing.adjunct() : why;
  }

  private List<ConceptId> resources(RebuildingStrategy strategy) {
    return atlas.related(strategy.id(), RelationKind.REFERS_TO, Direction.OUTGOING).stream()
        .map(link -> link.other().id()).toList();
  }
}
