package org.trustatlas.content.read;

import org.trustatlas.core.internal.Slugs;

/**
 * A part of what a front end shows for a plan, each with a heading from the pack's wording. The
 * order is the plan's own: the safety block first, then the plan. No section says the reader's
 * answers back: a screen may be seen by the partner they are about.
 */
public enum PlanSection {
  /** Over a safety block led by the emergency number: danger or harm by a partner was signalled. */
  SAFETY_FIRST,
  /** Over any other safety block. */
  SAFETY,
  /** Over the services a safety block lists. */
  WHERE_TO_TURN,
  SITUATION,
  STEPS,
  REFERRALS,
  HELD_BACK,
  REQUIREMENTS,
  OUTCOMES,
  SOURCES;

  public String slug() {
    return Slugs.of(this);
  }
}
