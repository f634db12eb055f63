package org.trustatlas.core.model;

import java.util.Objects;

/** Something that undermines trust. Its family, not its name, decides how repair may go. */
public record Challenge(ConceptInfo info, ChallengeFamily family) implements Concept {

  public Challenge {
    Objects.requireNonNull(info, "info must not be null");
    Objects.requireNonNull(family, () -> "challenge '" + info.id() + "' needs a family");
  }

  /**
   * Whether the partner is the one causing harm (abuse, coercion, sexual violence): such a challenge takes
   * the safety-first route and never couples work.
   */
  public boolean isPartnerHarm() {
    return family == ChallengeFamily.PARTNER_HARM;
  }

  @Override
  public ConceptKind kind() {
    return ConceptKind.CHALLENGE;
  }

  /** The info's hash, which is the id's (see {@link ConceptInfo#hashCode()}). */
  @Override
  public int hashCode() {
    return info.hashCode();
  }
}
