package org.trustatlas.content.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;
import java.util.Map;
import org.trustatlas.content.danger.DangerAudience;
import org.trustatlas.core.safety.AudienceTag;
import org.trustatlas.core.safety.SafetyFlag;
import org.trustatlas.core.safety.ServiceType;
import org.trustatlas.core.safety.TriState;

/**
 * {@code danger.yaml}: the phrases readers use for danger, by category, with what each means for
 * their safety, the spellings (misspellings, slang) that stand for words in those phrases, and the
 * phrases in which readers say which group they belong to.
 */
public record DangerFile(
    @JsonPropertyDescription("what a reader may write (1 to 3 words) to the words it stands for: kil: kill")
        Map<String, String> spellings,
    @JsonPropertyDescription("words that stand in for each other: {name} in a phrase matches any of them")
        Map<String, List<String>> groups,
    @KeysOneOf(AudienceTag.class)
    @JsonPropertyDescription("for a group a service may be set up for (men, lgbtq, young-people...), the phrases in "
        + "which readers say they belong to it, written like phrases; its services then come first")
        Map<String, List<String>> readers,
    @JsonProperty(required = true) List<Category> categories) {

  /** One kind of danger. */
  public record Category(
      @JsonProperty(required = true) @JsonPropertyDescription("lower-kebab-case, unique") String id,
      @JsonProperty(required = true) String label,
      @JsonProperty(required = true)
      @JsonPropertyDescription("in readers' own words; a word in brackets, such as (to), may be left out")
          List<String> phrases,
      @JsonPropertyDescription("phrases that mean the words they match are about something else: the category's "
          + "phrases may not use those words; written like phrases")
          List<String> except,
      @JsonPropertyDescription("phrases that, matched anywhere, mean the whole text is about something else: the "
          + "category is not signalled; written like phrases")
          List<String> unless,
      @JsonProperty(required = true) @JsonPropertyDescription("concept ids shown first, in this order")
          List<String> concepts,
      @JsonPropertyDescription("concept ids shown after what the index finds, when there is room")
          List<String> then,
      @KeysOneOf(SafetyFlag.class) @OneOf(TriState.class)
      @JsonPropertyDescription("safety flags a match sets, as a safety answer would") Map<String, String> flags,
      @JsonProperty(required = true) @OneOf(ServiceType.class)
      @JsonPropertyDescription("service types listed before any other, in this order") List<String> services,
      @JsonPropertyDescription("shown right after the emergency number; leave it out when a safety rule already "
          + "says it") String message,
      @JsonProperty(required = true) @JsonPropertyDescription("why, for the clinician reviewing it") String rationale,
      @JsonProperty(required = true) @JsonPropertyDescription("bibliography keys") List<String> sources,
      @JsonPropertyDescription("ids of categories that are not signalled when this one is: the more general "
          + "reading gives way to this exact one") List<String> replaces,
      @OneOf(DangerAudience.class)
      @JsonPropertyDescription("whom the message and services are written to: at-risk (the person in danger or "
          + "harmed), using-harm, may-harm-a-child, close-to-someone-who-may-harm-a-child; read by the shape of "
          + "the services and flags when left out") String audience) {}
}
