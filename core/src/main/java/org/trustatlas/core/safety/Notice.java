package org.trustatlas.core.safety;

/** A sentence shown to the reader, with the rule that put it there so every line can be explained. */
public record Notice(String ruleId, String text) {

  public Notice {
    ruleId = Texts.slug(ruleId, "notice rule id");
    text = Texts.required(text, "notice text");
  }
}
