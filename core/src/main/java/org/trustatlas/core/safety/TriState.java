package org.trustatlas.core.safety;

import org.trustatlas.core.internal.Slugs;

/** An answer that may be missing: UNKNOWN is the default, because most readers are never asked. */
public enum TriState {
  YES,
  NO,
  UNKNOWN;

  /**
   * This value as pack files, the command line and the API spell it: lower-kebab case ({@code HURT_PARTNER}
   * is {@code hurt-partner}).
   */
  public String slug() {
    return Slugs.of(this);
  }

  /** {@code yes}, {@code no} or {@code unknown}; anything else is an error naming the valid words. */
  public static TriState parse(String slug) {
    return SlugParser.parse(TriState.class, slug, "flag state");
  }
}
