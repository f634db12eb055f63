package org.trustatlas.core.safety;

import java.util.EnumSet;
import java.util.Set;
import org.trustatlas.core.internal.Slugs;

/** Something about a reader's safety that changes what may be suggested to them. */
public enum SafetyFlag {
  ONGOING_ABUSE(true),
  FEAR_OF_PARTNER(true),
  COERCIVE_CONTROL(true),
  SEXUAL_VIOLENCE_BY_PARTNER(true),
  IMMEDIATE_DANGER(false),
  SELF_HARM_RISK(false);

  private final boolean partnerHarm;

  SafetyFlag(boolean partnerHarm) {
    this.partnerHarm = partnerHarm;
  }

  /** Whether a YES means a partner may be causing harm, which rules out joint work. */
  public boolean signalsPartnerHarm() {
    return partnerHarm;
  }

  /** The four flags that signal harm by a partner. */
  public static Set<SafetyFlag> partnerHarmFlags() {
    EnumSet<SafetyFlag> flags = EnumSet.noneOf(SafetyFlag.class);
    for (SafetyFlag flag : values()) {
      if (flag.partnerHarm) {
        flags.add(flag);
      }
    }
    return flags;
  }

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
  public static SafetyFlag parse(String slug) {
    return SlugParser.parse(SafetyFlag.class, slug, "safety flag");
  }
}
