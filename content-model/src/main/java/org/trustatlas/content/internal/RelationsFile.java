package org.trustatlas.content.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;
import org.trustatlas.core.model.RelationKind;

/** {@code relations.yaml}: typed, cited edges between concepts. */
public record RelationsFile(@JsonProperty(required = true) List<Entry> relations) {

  /** One relation: {@code from} {@code kind} {@code to}. */
  public record Entry(
      @JsonProperty(required = true) @OneOf(RelationKind.class) String kind,
      @JsonProperty(required = true) @JsonPropertyDescription("Concept id at the start") String from,
      @JsonProperty(required = true) @JsonPropertyDescription("Concept id at the end") String to,
      @JsonPropertyDescription("Article sentence ids it rests on") List<String> sentences,
      @JsonPropertyDescription("Bibliography keys it rests on") List<String> sources) {}
}
