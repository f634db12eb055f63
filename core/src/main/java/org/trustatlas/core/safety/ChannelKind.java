package org.trustatlas.core.safety;

import org.trustatlas.core.internal.Slugs;

/** How a service can be reached. */
public enum ChannelKind {
  PHONE,
  TEXT,
  CHAT,
  WEB;

  public String slug() {
    return Slugs.of(this);
  }

  boolean isAddress() {
    return this == CHAT || this == WEB;
  }
}
