package org.trustatlas.core.checkin;

import org.trustatlas.core.internal.Slugs;

/**
 * Where a question sits, in this order: how the reader is reading (alone or not, and where they
 * live), then safety, then what is happening. Whether anyone else can see the answers is asked
 * before any safety question, so a reader who is not alone is never asked one.
 */
public enum Section {
  SETTING,
  SAFETY,
  SITUATION;

  public String slug() {
    return Slugs.of(this);
  }
}
