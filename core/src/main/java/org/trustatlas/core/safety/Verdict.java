package org.trustatlas.core.safety;

import org.trustatlas.core.internal.Slugs;

/** The four answers of the gate. */
public enum Verdict {
  SHOW,
  SHOW_WITH_CAVEAT,
  SUPPRESS,
  ESCALATE;

  /**
   * This value as pack files, the command line and the API spell it: lower-kebab case ({@code HURT_PARTNER}
   * is {@code hurt-partner}).
   */
  public String slug() {
    return Slugs.of(this);
  }
}
