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

  public String slug() {
    return Slugs.of(this);
  }

  public static Certainty parse(String slug) {
    return SlugParser.parse(Certainty.class, slug, "certainty");
  }
}
