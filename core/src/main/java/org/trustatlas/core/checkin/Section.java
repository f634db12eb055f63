package org.trustatlas.core.checkin;

import org.trustatlas.core.model.Slugs;

/** Where a question sits: safety questions all come before the others. */
public enum Section {
  SAFETY,
  SITUATION;

  public String slug() {
    return Slugs.of(this);
  }
}
