package org.trustatlas.core.safety;

import org.trustatlas.core.internal.Slugs;

/** What a crisis service helps with; the declaration order is the order a safety block lists them in. */
public enum ServiceType {
  DOMESTIC_VIOLENCE,
  SEXUAL_ASSAULT,
  CRISIS_LINE,
  YOUTH_DATING,
  /**
   * Help when intimate images are shared, or threatened to be, without consent: getting them taken
   * down, evidence, the law (image-based abuse, sextortion, faked images).
   */
  IMAGE_ABUSE,
  SUBSTANCE,
  SEXUAL_HEALTH,
  /** Lines and programmes for a person who has used harm against a partner and wants to stop. */
  BEHAVIOUR_CHANGE,
  /**
   * Confidential lines for an adult worried about their own sexual thoughts or behaviour towards
   * children, who wants help to stop before a child is harmed or harmed again (Stop It Now). Never
   * for a child: a search lists them only to a reader read as the one doing harm.
   */
  CHILD_SEXUAL_ABUSE_PREVENTION,
  /** Services that protect children who see or suffer abuse. */
  CHILD_PROTECTION,
  /** Support for adults who were abused or neglected as children, whatever the abuse was. */
  CHILDHOOD_ABUSE,
  /** Help for older people harmed by family, carers or others they trust (elder abuse). */
  ELDER_ABUSE,
  /** Help for someone being made to marry, in the country or abroad. */
  FORCED_MARRIAGE,
  /** A directory of other services; listed with the types of service it lists. */
  DIRECTORY,
  /** Emergency numbers live in {@link EmergencyNumber}; this type names them in rules and lists. */
  EMERGENCY;

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
  public static ServiceType parse(String slug) {
    return SlugParser.parse(ServiceType.class, slug, "service type");
  }
}
