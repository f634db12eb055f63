package org.trustatlas.core.safety;

import org.trustatlas.core.internal.Slugs;

/** What a matching rule does. */
public enum EffectKind {
  /** Show, with a caveat; a rule about the whole answer puts its caveat in the safety block. */
  SHOW_WITH_CAVEAT,
  /** Leave the candidate out, and tell the reader why. */
  SUPPRESS,
  /** Put the emergency number and crisis services before everything else. */
  ESCALATE,
  /** Add services to the safety block without saying anything else. */
  REFER;

  public String slug() {
    return Slugs.of(this);
  }

  public static EffectKind parse(String slug) {
    return SlugParser.parse(EffectKind.class, slug, "effect kind");
  }
}
