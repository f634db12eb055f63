package org.trustatlas.core.model;

import java.util.Objects;

/** A kind of help a reader can turn to. */
public record Resource(ConceptInfo info) implements Concept {

  public Resource {
    Objects.requireNonNull(info, "info must not be null");
  }

  @Override
  public ConceptKind kind() {
    return ConceptKind.RESOURCE;
  }

  /** The info's hash, which is the id's (see {@link ConceptInfo#hashCode()}). */
  @Override
  public int hashCode() {
    return info.hashCode();
  }
}
