package org.trustatlas.core.safety;

import org.trustatlas.core.internal.Slugs;

/** The four answers of the gate. */
public enum Verdict {
  SHOW,
  SHOW_WITH_CAVEAT,
  SUPPRESS,
  ESCALATE;

  public String slug() {
    return Slugs.of(this);
  }
}
