package org.trustatlas.core.dynamics;

import org.trustatlas.core.internal.Slugs;

/**
 * How the hurt partner learned of a violation. A discovered violation was also concealed, which
 * weighs like partial deception.
 */
public enum Disclosure {
  /** The involved partner told them. */
  DISCLOSED,
  /** They found out. */
  DISCOVERED;

  /**
   * This value as pack files, the command line and the API spell it: lower-kebab case ({@code HURT_PARTNER}
   * is {@code hurt-partner}).
   */
  public String slug() {
    return Slugs.of(this);
  }
}
