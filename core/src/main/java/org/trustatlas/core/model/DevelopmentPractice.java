package org.trustatlas.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Something partners do that builds trust over time.
 *
 * @param consentNote present for practices with a sexual component: consent is ongoing, revocable
 *     and free of pressure, and the note says so where the practice is shown
 */
public record DevelopmentPractice(ConceptInfo info, Optional<String> consentNote) implements Concept {

  public DevelopmentPractice {
    Objects.requireNonNull(info, "info must not be null");
    Objects.requireNonNull(consentNote, "consent note must not be null; use Optional.empty()");
    consentNote = consentNote.map(String::strip).filter(n -> !n.isEmpty());
  }

  /** Whether the practice is sexual, and so carries a note on consent. */
  public boolean sexual() {
    return consentNote.isPresent();
  }

  @Override
  public ConceptKind kind() {
    return ConceptKind.DEVELOPMENT_PRACTICE;
  }

  /** The info's hash, which is the id's (see {@link ConceptInfo#hashCode()}). */
  @Override
  public int hashCode() {
    return info.hashCode();
  }
}
