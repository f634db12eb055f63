package org.trustatlas.core.safety;

import org.trustatlas.core.internal.Require;
import java.util.List;

/** What the gate decided for one candidate. A suppression is a value with a reason, not an exception. */
public sealed interface Decision {

  /** What the gate decided: show, show with a caveat, suppress or escalate. */
  Verdict verdict();

  /** Caveats to show with the candidate; empty when it is suppressed. */
  default List<Notice> caveats() {
    return List.of();
  }

  /** Whether the reader sees the suggestion at all (every verdict but suppress). */
  default boolean shown() {
    return verdict() != Verdict.SUPPRESS;
  }

  /** Show as is. */
  record Show() implements Decision {
    @Override
    public Verdict verdict() {
      return Verdict.SHOW;
    }
  }

  /** Show, with caveats. */
  record ShowWithCaveat(List<Notice> caveats) implements Decision {
    public ShowWithCaveat {
      caveats = Require.nonEmpty(caveats, "caveats");
    }

    @Override
    public Verdict verdict() {
      return Verdict.SHOW_WITH_CAVEAT;
    }
  }

  /** Leave out, because of {@code ruleId}; {@code reason} is written for the reader. */
  record Suppress(String ruleId, String reason) implements Decision {
    public Suppress {
      ruleId = Require.slug(ruleId, "suppressing rule id");
      reason = Require.text(reason, "suppress reason");
    }

    @Override
    public Verdict verdict() {
      return Verdict.SUPPRESS;
    }
  }

  /**
   * Show only after the emergency number and crisis services. {@code escalations} may be empty
   * when the escalation comes from the built-in floor (immediate danger) rather than a rule.
   */
  record Escalate(List<Notice> escalations, List<Notice> caveats) implements Decision {
    public Escalate {
      escalations = Require.list(escalations, "escalations");
      caveats = Require.list(caveats, "caveats");
    }

    @Override
    public Verdict verdict() {
      return Verdict.ESCALATE;
    }
  }
}
