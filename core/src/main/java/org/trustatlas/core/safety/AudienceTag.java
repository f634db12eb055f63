package org.trustatlas.core.safety;

import org.trustatlas.core.internal.Slugs;

/**
 * A group of people a service is set up for. A service with no tag is for everyone; a tagged one is
 * listed after the general services of its type, and front ends say whom it serves.
 */
public enum AudienceTag {
  LGBTQ("LGBTQ+ people"),
  MEN("men"),
  WOMEN("women"),
  YOUNG_PEOPLE("young people"),
  CHILDREN("children and people worried about a child"),
  INDIGENOUS("Indigenous peoples"),
  USING_HARM("people who have hurt someone, or fear they might, and want to stop"),
  /**
   * Grown adults, older people among them: a reader whose words say so ("im 78", "my son hits me")
   * is never sent to a line for children or young people unless a child is at risk.
   */
  ADULTS("adults");

  private final String label;

  AudienceTag(String label) {
    this.label = label;
  }

  /** How a front end names the group: "for LGBTQ+ people". */
  public String label() {
    return label;
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
  public static AudienceTag parse(String slug) {
    return SlugParser.parse(AudienceTag.class, slug, "audience tag");
  }
}
