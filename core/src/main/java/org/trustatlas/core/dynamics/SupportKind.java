package org.trustatlas.core.dynamics;

import org.trustatlas.core.internal.Slugs;

/** Help the couple or the hurt partner takes up. */
public enum SupportKind {
  /** Professional help to cope and repair together; refused as repair where a partner harms. */
  THERAPY,
  /** Rest, friends, exercise: buffers stress, never treatment and never repair on its own. */
  SELF_CARE;

  /**
   * This value as pack files, the command line and the API spell it: lower-kebab case ({@code HURT_PARTNER}
   * is {@code hurt-partner}).
   */
  public String slug() {
    return Slugs.of(this);
  }
}
