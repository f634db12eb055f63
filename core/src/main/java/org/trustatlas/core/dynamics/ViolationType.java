package org.trustatlas.core.dynamics;

import org.trustatlas.core.internal.Slugs;

/** Which kind of trustworthiness a violation calls into question (Mayer et al. 1995; Kim et al. 2004). */
public enum ViolationType {
  /** A lapse of skill or reliability: a forgotten promise, a mistake. */
  COMPETENCE,
  /** A breach of principles the partner relies on: infidelity, a lie. */
  INTEGRITY;

  /**
   * This value as pack files, the command line and the API spell it: lower-kebab case ({@code HURT_PARTNER}
   * is {@code hurt-partner}).
   */
  public String slug() {
    return Slugs.of(this);
  }
}
