package org.trustatlas.core.safety;

import org.trustatlas.core.internal.Slugs;

/**
 * How far a contact detail can be trusted. HIGH: read on an official or primary page. MEDIUM: a
 * consistent secondary source. LOW: recalled or weakly sourced, and always shown with a note to
 * verify it first.
 */
public enum Certainty {
  HIGH,
  MEDIUM,
  LOW;

  /**
   * This value as pack files, the command line and the API spell it: lower-kebab case ({@code HURT_PARTNER}
   * is {@code hurt-partner}).
   */
  public String slug() {
    return Slugs.of(this);
  }

  /**
   * The value spelt {@code slug}, as {@link #slug()} writes it; an unknown slug throws {@code
   * IllegalArgumentException} naming the nearest and all valid ones.
   */
  public static Certainty parse(String slug) {
    return SlugParser.parse(Certainty.class, slug, "certainty");
  }
}
