package org.trustatlas.core.model;

import org.trustatlas.core.internal.Slugs;

/** Whether a reaction helps or harms; maladaptive reactions are described, never suggested. */
public enum Valence {
  ADAPTIVE,
  NEUTRAL,
  MALADAPTIVE;

  public String slug() {
    return Slugs.of(this);
  }
}
