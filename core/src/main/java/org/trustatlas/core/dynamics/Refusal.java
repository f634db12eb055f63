package org.trustatlas.core.dynamics;

import org.trustatlas.core.internal.Require;

/**
 * An event the simulator did not apply because, in this scenario, showing it as repair would do
 * harm. A value, not an exception: the run goes on, and front ends show the reason.
 *
 * @param at the week of the refused event
 * @param source the bibliography key of the finding behind the refusal
 */
public record Refusal(int at, Event event, String reason, String source) {

  /** Why apologies, promises and kindness after harm are not repair; shared with the run's notice. */
  static final String CYCLE_OF_ABUSE = "Apologies, promises and kindness from a partner who has caused harm are not"
      + " counted as repair. After harm they often come as part of a repeating cycle (tension builds, harm happens,"
      + " then remorse and affection, then calm, until it happens again), and they do not make anyone safer. What"
      + " counts is the harm stopping, usually with a specialist programme, and the safety of the person harmed.";

  public Refusal {
    Require.present(event, "refused event");
    reason = Require.text(reason, "refusal reason");
    source = Require.text(source, "refusal source");
  }

  /**
   * Whether, where a partner harms, this event would be shown as repair and so is refused: the harming
   * partner's acts of care, apologies, promises and repairs (the cycle of abuse), forgiving (SF11) and
   * couples therapy. A denial is not repair, and stress and self-care are not about the harm.
   */
  static boolean refusedUnderHarm(Event event) {
    return switch (event.type()) {
      case POSITIVE_ACT, FORGIVE -> true;
      case RESPONSE -> ((Event.Response) event).kind() != ResponseKind.DENIAL;
      case SUPPORT -> ((Event.Support) event).kind() == SupportKind.THERAPY;
      case VIOLATION, STRESSOR -> false;
    };
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

  /** The harming partner's care, apologies and promises: the cycle of abuse, not repair. */
  private static Refusal cycleOfAbuse(int at, Event event) {
    return new Refusal(at, event, CYCLE_OF_ABUSE, "walker-1979");
  }

  /** The refusal for an event the {@link Engine} declined; only {@link #refusedUnderHarm} events ever are. */
  static Refusal of(int at, Event event) {
    return switch (event.type()) {
      case FORGIVE -> forgivenessUnderHarm(at, event);
      case SUPPORT -> couplesTherapyUnderHarm(at, event);
      case POSITIVE_ACT, RESPONSE -> cycleOfAbuse(at, event);
      case VIOLATION, STRESSOR -> throw new IllegalStateException("the simulator never refuses " + event.describe());
    };
  }
}
