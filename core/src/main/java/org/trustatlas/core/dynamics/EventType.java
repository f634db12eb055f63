package org.trustatlas.core.dynamics;

import org.trustatlas.core.internal.Slugs;

/** The kinds of {@link Event}, spelled in packs as {@code positive-act}, {@code violation} and so on. */
public enum EventType {
  POSITIVE_ACT,
  VIOLATION,
  RESPONSE,
  STRESSOR,
  SUPPORT,
  /** The hurt partner's own decision to forgive; never required, refused where a partner harms. */
  FORGIVE;

  /**
   * This value as pack files, the command line and the API spell it: lower-kebab case ({@code HURT_PARTNER}
   * is {@code hurt-partner}).
   */
  public String slug() {
    return Slugs.of(this);
  }
}
