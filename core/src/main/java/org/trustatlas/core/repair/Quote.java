package org.trustatlas.core.repair;

import java.util.Objects;
import org.trustatlas.core.model.SentenceRef;

/** An article sentence a step rests on, with its text, so a reader sees the evidence in place. */
public record Quote(SentenceRef ref, String text) {

  public Quote {
    Objects.requireNonNull(ref, "sentence ref must not be null");
    Objects.requireNonNull(text, "sentence text must not be null");
  }
}
