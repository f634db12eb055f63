package org.trustatlas.core.model;

import org.trustatlas.core.internal.Slugs;

/** Whether a reaction helps or harms; maladaptive reactions are described, never suggested. */
public enum Valence {
  ADAPTIVE,
  NEUTRAL,
  MALADAPTIVE;

  /**
   * This value as pack files, the command line and the API spell it: lower-kebab case ({@code HURT_PARTNER}
   * is {@code hurt-partner}).
   */
  public String slug() {
    return Slugs.of(this);
  }
}
