package org.trustatlas.content.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;
import java.util.Map;
import org.trustatlas.core.checkin.Section;
import org.trustatlas.core.repair.ReaderRole;
import org.trustatlas.core.safety.SafetyFlag;
import org.trustatlas.core.safety.TriState;

/** {@code checkin.yaml}: the private check-in, 10 to 20 questions written for the project, safety first. */
public record CheckInFile(@JsonProperty(required = true) List<Question> questions) {

  /** One question. */
  public record Question(
      @JsonProperty(required = true) @JsonPropertyDescription("lower-kebab-case, unique") String id,
      @JsonProperty(required = true) @OneOf(Section.class) String section,
      @JsonProperty(required = true) String prompt,
      String help,
      @JsonPropertyDescription("whether several choices may be picked; default false") Boolean multiple,
      @JsonPropertyDescription("asked only to a reader on their own, skipped when others can see the answers; "
          + "every safety question is") Boolean alone,
      @JsonProperty(required = true) @JsonPropertyDescription("at least two, one of them not-sure")
          List<Choice> choices) {}

  /** One answer and what it means. */
  public record Choice(
      @JsonProperty(required = true) @JsonPropertyDescription("lower-kebab-case; write \"yes\" in quotes") String id,
      @JsonProperty(required = true) String label,
      @KeysOneOf(SafetyFlag.class) @OneOf(TriState.class) @JsonPropertyDescription("safety flags this answer sets")
          Map<String, String> flags,
      @JsonPropertyDescription("challenge ids this answer names") List<String> challenges,
      @JsonPropertyDescription("aggravator ids this answer names") List<String> aggravators,
      @OneOf(ReaderRole.class) @JsonPropertyDescription("the reader's role this answer tells") String role,
      @JsonPropertyDescription("ISO 3166 alpha-2 or INTL: where resources come from") String region,
      @JsonPropertyDescription("ends the check-in at once with resources; safety questions only") Boolean stop,
      @JsonPropertyDescription("says someone else can see or hear the answers; setting questions only")
          Boolean shared) {}
}
