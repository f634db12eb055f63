package org.trustatlas.core.dynamics;

import org.trustatlas.core.internal.Slugs;

/** Help the couple or the hurt partner takes up. */
public enum SupportKind {
  /** Professional help to cope and repair together; refused as repair where a partner harms. */
  THERAPY,
  /** Rest, friends, exercise: buffers stress, never treatment and never repair on its own. */
  SELF_CARE;

  public String slug() {
    return Slugs.of(this);
  }
}
