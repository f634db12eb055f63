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

  public String slug() {
    return Slugs.of(this);
  }
}
