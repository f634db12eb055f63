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
  public static EffectKind parse(String slug) {
    return SlugParser.parse(EffectKind.class, slug, "effect kind");
  }
}
