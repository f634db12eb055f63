package org.trustatlas.core.model;

import org.trustatlas.core.internal.Slugs;

/** Which way to follow edges from a concept. */
public enum Direction {
  /** Edges that start at the concept: what it builds, undermines, leads to. */
  OUTGOING,
  /** Edges that end at the concept: what builds it, undermines it, restores it. */
  INCOMING,
  /** Both. */
  BOTH;

  /**
   * This value as pack files, the command line and the API spell it: lower-kebab case ({@code HURT_PARTNER}
   * is {@code hurt-partner}).
   */
  public String slug() {
    return Slugs.of(this);
  }
}
