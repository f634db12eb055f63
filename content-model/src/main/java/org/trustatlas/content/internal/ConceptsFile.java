package org.trustatlas.content.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;
import org.trustatlas.core.model.ActorRole;
import org.trustatlas.core.model.ChallengeFamily;
import org.trustatlas.core.model.ConceptKind;
import org.trustatlas.core.model.Valence;

/** {@code concepts/*.yaml}: concepts of any kinds; a pack may split them over as many files as it likes. */
public record ConceptsFile(@JsonProperty(required = true) List<Entry> concepts) {

  /** One concept. Fields after {@code sources} apply to one kind only, as their descriptions say. */
  public record Entry(
      @JsonProperty(required = true) @JsonPropertyDescription("Stable lower-kebab-case id; ids are API") String id,
      @JsonProperty(required = true) @OneOf(ConceptKind.class) String kind,
      @JsonProperty(required = true) String label,
      @JsonPropertyDescription("Words a reader would type for it") List<String> aliases,
      @JsonProperty(required = true) @JsonPropertyDescription("Plain explanation in the project's own words")
          String summary,
      @JsonPropertyDescription("Article sentence ids it rests on, such as S03") List<String> sentences,
      @JsonPropertyDescription("Bibliography keys it rests on") List<String> sources,
      @OneOf(ChallengeFamily.class) @JsonPropertyDescription("challenge only, required") String family,
      @OneOf(ActorRole.class) @JsonPropertyDescription("rebuilding-strategy only, required") String actor,
      @JsonPropertyDescription("rebuilding-strategy only, required: id of a phase") String phase,
      @JsonPropertyDescription("rebuilding-strategy only: support that is never treatment on its own")
          Boolean adjunct,
      @JsonPropertyDescription("rebuilding-strategy only: the step asks its actor to own a wrong")
          Boolean involvesFault,
      @JsonPropertyDescription("rebuilding-strategy only: both partners together; actor must be both")
          Boolean conjoint,
      @OneOf(Valence.class) @JsonPropertyDescription("reactive-behavior only, required") String valence,
      @JsonPropertyDescription("outcome only: no one may be asked to reach it") Boolean optional,
      @JsonPropertyDescription("phase only, required: position in its sequence, from 1") Integer order,
      @JsonPropertyDescription("development-practice only: consent note for practices with a sexual side")
          String consentNote) {}
}
