package org.trustatlas.core.dynamics;

import org.trustatlas.core.internal.Slugs;

/** What the involved partner does about a violation. */
public enum ResponseKind {
  /** Acknowledges the violation and says sorry. */
  APOLOGY,
  /** Denies it; against evidence of guilt this is a further lie (Kim et al. 2004). */
  DENIAL,
  /** Promises to change: speeds rebuilding while it is believed (Schweitzer et al. 2006). */
  PROMISE,
  /** A concrete change or penance, such as ending contact or opening accounts. */
  SUBSTANTIVE_REPAIR;

  /**
   * This value as pack files, the command line and the API spell it: lower-kebab case ({@code HURT_PARTNER}
   * is {@code hurt-partner}).
   */
  public String slug() {
    return Slugs.of(this);
  }
}
