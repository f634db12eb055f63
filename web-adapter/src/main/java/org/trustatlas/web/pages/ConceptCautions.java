package org.trustatlas.web.pages;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.core.model.Concept;
import org.trustatlas.core.safety.Decision;
import org.trustatlas.core.safety.Notice;
import org.trustatlas.core.safety.SafetyContext;
import org.trustatlas.core.safety.SafetyGate;
import org.trustatlas.core.safety.SafetyRule;

/**
 * What the pack's safety rules say about one concept for a reader the site knows nothing about: the
 * core's safety gate is asked with every safety question unanswered and no challenge named, and the
 * notes of rules about the concept itself are shown on its page (couples therapy: only with a
 * therapist who first meets each partner alone). Rules about a whole answer are left to plans.
 */
final class ConceptCautions {

  private final TrustAtlas atlas;
  private volatile Gate gate;

  private record Gate(SafetyGate gate, Set<String> aboutConcepts) {}

  ConceptCautions(TrustAtlas atlas) {
    this.atlas = atlas;
  }

  List<String> of(Concept concept) {
    Gate g = gate();
    Decision decision = g.gate().evaluate(SafetyContext.unknown(), List.of(), concept);
    if (decision instanceof Decision.Suppress suppress) {
      return g.aboutConcepts().contains(suppress.ruleId()) ? List.of(suppress.reason()) : List.of();
    }
    List<Notice> notes = decision instanceof Decision.Escalate escalate
        ? java.util.stream.Stream.concat(escalate.escalations().stream(), escalate.caveats().stream()).toList()
        : decision.caveats();
    return notes.stream().filter(n -> g.aboutConcepts().contains(n.ruleId())).map(Notice::text).distinct().toList();
  }

  /** Built on first use, so start-up does not wait for the pack's safety rules. */
  private Gate gate() {
    Gate built = gate;
    if (built == null) {
      List<SafetyRule> rules = atlas.safetyRules();
      built = new Gate(SafetyGate.of(rules),
          rules.stream().filter(SafetyRule::aboutCandidate).map(SafetyRule::id).collect(Collectors.toSet()));
      gate = built;
    }
    return built;
  }
}
