package org.trustatlas.core.model;

import org.trustatlas.core.internal.Slugs;

/**
 * Which kind of problem a challenge is. The family, not the challenge's name, decides the repair
 * route: a betrayal can be repaired together, harm done by a partner cannot be treated as a shared
 * problem.
 */
public enum ChallengeFamily {
  /** Infidelity, deception: the involved partner leads repair. */
  RELATIONAL_BETRAYAL,
  /** Abuse, sexual violence or coercion by the partner, coercive control: safety first, no conjoint work. */
  PARTNER_HARM,
  /** Harm done by others in the past: survivor-paced, trauma-focused help. */
  PAST_TRAUMA,
  /** A problem of one person, such as addiction: individual treatment first. */
  INDIVIDUAL,
  /** An imbalance of power between the partners. */
  STRUCTURAL,
  /** Beliefs that set partners up to fail, such as unrealistic expectations. */
  COGNITIVE,
  /** Pressure from outside the couple: work, money. Coped with together. */
  EXTERNAL_STRESSOR;

  /**
   * This value as pack files, the command line and the API spell it: lower-kebab case ({@code HURT_PARTNER}
   * is {@code hurt-partner}).
   */
  public String slug() {
    return Slugs.of(this);
  }
}
