package org.trustatlas.core.dynamics;

import org.trustatlas.core.internal.Slugs;

/**
 * What a run's chart leads with. After a betrayal or under stress it is trust; where a partner causes
 * harm it is the safety of the person harmed, because their trust coming back would be the wrong thing
 * to show as recovery.
 */
public enum Measure {
  /** The trust score, from predictability, dependability, faith and distrust. */
  TRUST("trust"),
  /** How safe the person harmed is: only harm moves it, and nothing the partner who harms does restores it. */
  SAFETY("safety");

  private final String label;

  Measure(String label) {
    this.label = label;
  }

  /** A word for a chart's legend and a table's column. */
  public String label() {
    return label;
  }

  /**
   * This value as pack files, the command line and the API spell it: lower-kebab case ({@code HURT_PARTNER}
   * is {@code hurt-partner}).
   */
  public String slug() {
    return Slugs.of(this);
  }
}
