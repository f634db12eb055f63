package org.trustatlas.core.model;

import java.util.Objects;
import org.trustatlas.core.internal.Require;

/** One sentence of the article, verbatim, under the heading it appears in. */
public record Sentence(SentenceRef ref, String section, String text) {

  public Sentence {
    Objects.requireNonNull(ref, "sentence ref must not be null");
    section = Require.text(section, () -> "sentence " + ref + " section");
    text = Require.text(text, () -> "sentence " + ref + " text");
  }
}
