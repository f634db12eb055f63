package org.trustatlas.core.dynamics;

import org.trustatlas.core.internal.Slugs;

/** How long a stressor from outside the couple lasts. */
public enum StressorKind {
  /** One hard week: a deadline, a layoff notice. Shock, then partial rebound (Matson et al. 2020). */
  ACUTE,
  /** Weeks or months of strain: debt, overwork. Slow erosion (Bodenmann et al. 2010). */
  CHRONIC;

  /**
   * This value as pack files, the command line and the API spell it: lower-kebab case ({@code HURT_PARTNER}
   * is {@code hurt-partner}).
   */
  public String slug() {
    return Slugs.of(this);
  }
}
