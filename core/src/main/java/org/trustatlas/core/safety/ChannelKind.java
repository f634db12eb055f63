package org.trustatlas.core.safety;

import org.trustatlas.core.internal.Slugs;

/** How a service can be reached. */
public enum ChannelKind {
  PHONE,
  TEXT,
  CHAT,
  WEB;

  /**
   * This value as pack files, the command line and the API spell it: lower-kebab case ({@code HURT_PARTNER}
   * is {@code hurt-partner}).
   */
  public String slug() {
    return Slugs.of(this);
  }

  boolean isAddress() {
    return this == CHAT || this == WEB;
  }
}
