package org.trustatlas.content.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;
import org.trustatlas.core.model.ActorRole;
import org.trustatlas.core.model.ChallengeFamily;
import org.trustatlas.core.safety.CandidateTrait;
import org.trustatlas.core.safety.EffectKind;
import org.trustatlas.core.safety.SafetyFlag;
import org.trustatlas.core.safety.ServiceType;
import org.trustatlas.core.safety.TriState;

/** {@code safety-rules.yaml}: the safety gate's rules, in the order they run, each with why and on what evidence. */
public record SafetyRulesFile(@JsonProperty(required = true) List<Rule> rules) {

  /** One rule. */
  public record Rule(
      @JsonProperty(required = true) @JsonPropertyDescription("lower-kebab-case, unique") String id,
      @JsonProperty(required = true) @JsonPropertyDescription("when the rule applies") Condition condition,
      @JsonProperty(required = true) @JsonPropertyDescription("what it does when it applies") Effect effect,
      @JsonProperty(required = true) @JsonPropertyDescription("why, for the clinician reviewing it") String rationale,
      @JsonProperty(required = true) @JsonPropertyDescription("bibliography key of the source it rests on")
          String source) {}

  /**
   * A condition: exactly one of its fields. The schema cannot say "exactly one" without repeating
   * the type per key, so the loader checks it and reports the fields it found.
   */
  public record Condition(
      @JsonPropertyDescription("every condition holds") List<Condition> allOf,
      @JsonPropertyDescription("at least one condition holds") List<Condition> anyOf,
      @JsonPropertyDescription("the condition does not hold") Condition not,
      @JsonPropertyDescription("any of the flags is in the given state") FlagTest flag,
      @OneOf(ChallengeFamily.class) @JsonPropertyDescription("a challenge of one of these families is named")
          List<String> family,
      @JsonPropertyDescription("one of these challenge ids is named") List<String> challenge,
      @OneOf(CandidateTrait.class) @JsonPropertyDescription("the suggestion has this attribute") String candidate,
      @OneOf(ActorRole.class) @JsonPropertyDescription("the suggestion is a step for one of these actors")
          List<String> actor,
      @OneOf(ActorRole.class) @JsonPropertyDescription("the reader is known to be in one of these roles (not individual)")
          List<String> reader) {}

  /** Tests reader's safety flags. */
  public record FlagTest(
      @JsonProperty(required = true) @OneOf(SafetyFlag.class) List<String> any,
      @JsonProperty(required = true) @OneOf(TriState.class) @JsonPropertyDescription("write \"yes\" in quotes")
          String is) {}

  /** What the rule does. */
  public record Effect(
      @JsonProperty(required = true) @OneOf(EffectKind.class) String kind,
      @JsonPropertyDescription("the caveat, reason or notice a reader sees; every kind but refer needs it")
          String text,
      @OneOf(ServiceType.class) @JsonPropertyDescription("services to list in the safety block (whole-answer rules)")
          List<String> refer) {}
}
