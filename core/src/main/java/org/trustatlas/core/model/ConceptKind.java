package org.trustatlas.core.model;

import org.trustatlas.core.internal.Slugs;

/** The kinds of concept the article names; each is one record implementing {@link Concept}. */
public enum ConceptKind {
  /** A facet of trust itself: predictability, dependability, faith, emotional safety. */
  TRUST_DIMENSION,
  /** A quality trust rests on: respect, open communication, trustworthiness, consistency. */
  TRUST_FOUNDATION,
  /** Something partners do that builds trust over time: setting boundaries, sharing experiences. */
  DEVELOPMENT_PRACTICE,
  /** Something that undermines trust; its family decides how repair can safely go. */
  CHALLENGE,
  /** A circumstance that makes a challenge worse: an STI, a pregnancy. */
  AGGRAVATOR,
  /** A feeling a challenge evokes: hurt, anger, jealousy. */
  EMOTIONAL_RESPONSE,
  /** A belief or stance that follows: mistrust, suspicion. */
  COGNITIVE_STATE,
  /** Something people do in reaction: withdrawal, revenge, blame. */
  REACTIVE_BEHAVIOR,
  /** A longer-term effect: difficulty opening up sexually, PTSD symptoms. */
  CONSEQUENCE,
  /** An action aimed at repair, always with exactly one actor. */
  REBUILDING_STRATEGY,
  /** Something repair needs but that does not guarantee it: time, patience. */
  RECOVERY_REQUIREMENT,
  /** Where repair can end: renewed trust, forgiveness (optional), separation. */
  OUTCOME,
  /** An ordered stage of development or repair. */
  PHASE,
  /** A kind of help to turn to: couples therapy, a sexual-health clinic, a crisis line. */
  RESOURCE;

  /**
   * This value as pack files, the command line and the API spell it: lower-kebab case ({@code HURT_PARTNER}
   * is {@code hurt-partner}).
   */
  public String slug() {
    return Slugs.of(this);
  }
}
