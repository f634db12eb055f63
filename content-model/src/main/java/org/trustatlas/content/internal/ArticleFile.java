package org.trustatlas.content.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** {@code article.yaml}: the article's canonical sentences, verbatim, in order. */
public record ArticleFile(
    @JsonProperty(required = true) String title,
    @JsonProperty(required = true) List<Sentence> sentences) {

  /** One sentence under its section heading. */
  public record Sentence(
      @JsonProperty(required = true) @JsonPropertyDescription("S01, S02, ... in order") String id,
      @JsonProperty(required = true) String section,
      @JsonProperty(required = true) String text) {}
}
