package org.trustatlas.content.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;
import org.trustatlas.core.safety.AudienceTag;
import org.trustatlas.core.safety.Certainty;
import org.trustatlas.core.safety.ChannelKind;
import org.trustatlas.core.safety.ServiceType;

/** {@code resources.yaml}: emergency numbers and crisis services by region, each with where it was read. */
public record ResourcesFile(
    @JsonProperty(required = true) @JsonPropertyDescription("one entry per region, including INTL")
        List<Emergency> emergencyNumbers,
    @JsonProperty(required = true) List<Resource> resources) {

  /** The emergency number of one region. */
  public record Emergency(
      @JsonProperty(required = true) @JsonPropertyDescription("ISO 3166 alpha-2, such as GB, or INTL") String region,
      @JsonProperty(required = true) @JsonPropertyDescription("main number first, exactly as published")
          List<String> numbers,
      @JsonPropertyDescription("how to use it when it matters") String note,
      @JsonProperty(required = true) @JsonPropertyDescription("where the number was read") String sourceUrl,
      @JsonProperty(required = true) @JsonPropertyDescription("YYYY-MM-DD") String lastVerified,
      @JsonProperty(required = true) @OneOf(Certainty.class) String certainty) {}

  /** One crisis or support service. */
  public record Resource(
      @JsonProperty(required = true) @JsonPropertyDescription("lower-kebab-case, unique") String id,
      @JsonProperty(required = true) String name,
      @JsonProperty(required = true) @JsonPropertyDescription("ISO 3166 alpha-2, such as GB, or INTL") String region,
      @JsonPropertyDescription("the part of the region it serves, by name, such as Ontario; with areaCode")
          String area,
      @JsonPropertyDescription("ISO 3166-2 code of that part, such as CA-ON or GB-SCT; with area") String areaCode,
      @OneOf(AudienceTag.class) @JsonPropertyDescription("groups it is set up for; none means everyone")
          List<String> tags,
      @JsonProperty(required = true) @OneOf(ServiceType.class) List<String> types,
      @JsonProperty(required = true) List<Channel> channels,
      @JsonProperty(required = true) String hours,
      @JsonProperty(required = true) String audience,
      @JsonPropertyDescription("the youngest age the service takes, where its own description sets one (16 for a line "
          + "for people aged 16 and over), a whole number from 1 to 18; a young reader below it is not sent to it")
          Integer minimumAge,
      @JsonProperty(required = true) @JsonPropertyDescription("where the details were read") String sourceUrl,
      @JsonProperty(required = true) @JsonPropertyDescription("YYYY-MM-DD") String lastVerified,
      @JsonProperty(required = true) @OneOf(Certainty.class)
          @JsonPropertyDescription("low is always shown with a note to verify first") String certainty) {}

  /** One way to reach a service. */
  public record Channel(
      @JsonProperty(required = true) @OneOf(ChannelKind.class) String kind,
      @JsonProperty(required = true) @JsonPropertyDescription("a number as published, or an https address")
          String value,
      String note,
      @OneOf(Certainty.class) @JsonPropertyDescription("when this channel is more or less certain than its service")
          String certainty) {}
}
