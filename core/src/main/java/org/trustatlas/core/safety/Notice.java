package org.trustatlas.core.safety;

import org.trustatlas.core.internal.Require;

/** A sentence shown to the reader, with the rule that put it there so every line can be explained. */
public record Notice(String ruleId, String text) {

  public Notice {
    ruleId = Require.slug(ruleId, "notice rule id");
    text = Require.text(text, "notice text");
  }
}
