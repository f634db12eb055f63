package org.trustatlas.core.model;

import org.trustatlas.core.internal.Slugs;

/** Who a rebuilding strategy asks to act. Every strategy has exactly one. */
public enum ActorRole {
  /** The partner who broke trust: owns acknowledgement, responsibility, apology. */
  INVOLVED_PARTNER,
  /** The partner who was hurt: every step for this role is optional. */
  HURT_PARTNER,
  /** Both partners together; only offered when nothing suggests harm by a partner. */
  BOTH,
  /** Any one person working on their own. */
  INDIVIDUAL,
  /** Someone harmed by abuse or assault, setting their own pace. */
  SURVIVOR,
  /** A friend, family member or professional standing by someone. */
  SUPPORTER,
  /**
   * A partner who has used abuse or coercion and wants to stop: steps they take alone, without
   * asking anything of the person they harmed.
   */
  USING_HARM;

  /**
   * This value as pack files, the command line and the API spell it: lower-kebab case ({@code HURT_PARTNER}
   * is {@code hurt-partner}).
   */
  public String slug() {
    return Slugs.of(this);
  }
}
