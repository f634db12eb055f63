package org.trustatlas.content.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** {@code dynamics.yaml}: every parameter of the trust-dynamics simulator, each with its source. */
public record DynamicsFile(@JsonProperty(required = true) List<Entry> parameters) {

  /** One parameter. */
  public record Entry(
      @JsonProperty(required = true) @JsonPropertyDescription("camelCase parameter name") String name,
      @JsonProperty(required = true) Double value,
      @JsonProperty(required = true) @JsonPropertyDescription("Bibliography key of the finding it stands for")
          String source,
      @JsonProperty(required = true) @JsonPropertyDescription("One line on how the value was chosen") String note) {}
}
