package org.trustatlas.core.dynamics;

import org.trustatlas.core.model.Require;

/**
 * An event the simulator did not apply because, in this scenario, showing it as repair would do
 * harm. A value, not an exception: the run goes on, and front ends show the reason.
 *
 * @param at the week of the refused event
 * @param source the bibliography key of the finding behind the refusal
 */
public record Refusal(int at, Event event, String reason, String source) {

  public Refusal {
    Require.present(event, "refused event");
    reason = Require.text(reason, "refusal reason");
    source = Require.text(source, "refusal source");
  }

  /** Forgiving a partner who harms is not protection and never a requirement (SF11). */
  private static Refusal forgivenessUnderHarm(int at, Event event) {
    return new Refusal(at, event, "Forgiving is not applied as repair where a partner causes harm. In a four-year"
        + " study of newlyweds, aggression went on where partners forgave and declined where they forgave less."
        + " Forgiving is never required, and it is not a way to make harm stop.", "mcnulty-2011");
  }

  /** Couples therapy is contraindicated with ongoing abuse or coercive control (research/domain.md §4.1). */
  private static Refusal couplesTherapyUnderHarm(int at, Event event) {
    return new Refusal(at, event, "Couples therapy is not applied as repair where a partner causes harm: it can"
        + " raise the danger. Individual support and domestic-violence services are the safer route.",
        "stith-2011");
  }

  /** The refusal for an event the {@link Engine} declined; only forgiving and therapy ever are. */
  static Refusal of(int at, Event event) {
    return switch (event.type()) {
      case FORGIVE -> forgivenessUnderHarm(at, event);
      case SUPPORT -> couplesTherapyUnderHarm(at, event);
      case POSITIVE_ACT, VIOLATION, RESPONSE, STRESSOR ->
          throw new IllegalStateException("the simulator never refuses " + event.describe());
    };
  }
}
