package org.trustatlas.content.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** {@code pack.yaml}: what the pack is and the bibliography its content cites. */
public record PackFile(
    @JsonProperty(required = true) @JsonPropertyDescription("Lower-kebab-case pack id") String id,
    @JsonProperty(required = true) @JsonPropertyDescription("Pack version, such as 1.0.0") String version,
    @JsonProperty(required = true) @JsonPropertyDescription("Language tag, such as en") String language,
    @JsonProperty(required = true) String title,
    String description,
    @JsonPropertyDescription("Sources that concepts and relations cite by key") List<Source> bibliography) {

  /** One bibliography entry. */
  public record Source(
      @JsonProperty(required = true) @JsonPropertyDescription("Lower-kebab-case key, such as rempel-1985") String key,
      @JsonProperty(required = true) String title,
      @JsonProperty(required = true) @JsonPropertyDescription("Authors as 'Surname, I.' or an organisation")
          List<String> authors,
      @JsonProperty(required = true) Integer year,
      @JsonPropertyDescription("Where a reader can find it") String url) {}
}
