package org.trustatlas.core.repair;

import java.util.List;
import java.util.Objects;
import org.trustatlas.core.model.ActorRole;
import org.trustatlas.core.model.ConceptId;
import org.trustatlas.core.model.SourceRef;
import org.trustatlas.core.safety.Notice;

/**
 * One thing to do, by exactly one actor, and why it is in this plan.
 *
 * @param optional true for the hurt partner's steps and for adjuncts: offered, never owed
 * @param forReader true when the step is the reader's own to take
 * @param framing whose step it is, worded for the reader: "Your step", "What your partner can do",
 *     "For the two of you together"; front ends print it as it is
 * @param resources kinds of help the step refers to
 */
public record Step(
    ConceptId strategy, String label, ActorRole actor, boolean optional, boolean forReader, String framing,
    String why, List<Quote> sentences, List<SourceRef> sources, List<Notice> caveats, List<ConceptId> resources) {

  public Step {
    Objects.requireNonNull(strategy, "strategy must not be null");
    Objects.requireNonNull(label, "label must not be null");
    Objects.requireNonNull(actor, () -> "step '" + strategy + "' needs its one actor");
    Objects.requireNonNull(framing, () -> "step '" + strategy + "' must say whose it is");
    Objects.requireNonNull(why, () -> "step '" + strategy + "' must say why it is there");
    sentences = List.copyOf(sentences);
    sources = List.copyOf(sources);
    caveats = List.copyOf(caveats);
    resources = List.copyOf(resources);
  }
}
