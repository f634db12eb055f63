package org.trustatlas.content.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;
import org.trustatlas.core.dynamics.Disclosure;
import org.trustatlas.core.dynamics.EventType;
import org.trustatlas.core.dynamics.ResponseKind;
import org.trustatlas.core.dynamics.StressorKind;
import org.trustatlas.core.dynamics.SupportKind;
import org.trustatlas.core.dynamics.ViolationType;

/** {@code scenarios.yaml}: named timelines for the simulator; also the shape of a scenario file or body. */
public record ScenariosFile(@JsonProperty(required = true) List<Scenario> scenarios) {

  /** One scenario. */
  public record Scenario(
      @JsonProperty(required = true) @JsonPropertyDescription("lower-kebab-case, unique") String id,
      @JsonProperty(required = true) String title,
      String description,
      @JsonProperty(required = true) @JsonPropertyDescription("weeks to simulate, 1 to 10000, and at least the week of the last event") Integer steps,
      @JsonPropertyDescription("seeds the fluctuation when the noise parameter is above 0") Integer seed,
      @JsonPropertyDescription("true where the partner harms: forgiving and couples therapy are refused")
          Boolean partnerHarm,
      @JsonPropertyDescription("starting state; default an established couple") State initial,
      List<Event> events) {}

  /** A starting state; every value in [0, 1]. */
  public record State(
      @JsonProperty(required = true) Double predictability,
      @JsonProperty(required = true) Double dependability,
      @JsonProperty(required = true) Double faith,
      @JsonProperty(required = true) Double distrust,
      @JsonProperty(required = true) Double avoidance,
      @JsonProperty(required = true) Double revenge,
      @JsonProperty(required = true) Double benevolence) {}

  /** One event; fields after {@code type} apply to the types their descriptions name. */
  public record Event(
      @JsonProperty(required = true) @JsonPropertyDescription("week, from 1 to steps") Integer at,
      @JsonProperty(required = true) @OneOf(EventType.class) String type,
      @JsonPropertyDescription("positive-act: (0, 1], required") Double magnitude,
      @OneOf(ViolationType.class) @JsonPropertyDescription("violation: required") String violation,
      @JsonPropertyDescription("violation: (0, 1], required") Double severity,
      @JsonPropertyDescription("violation: involved lying") Boolean deceptive,
      @OneOf(Disclosure.class) @JsonPropertyDescription("violation: required") String disclosure,
      @OneOf(ResponseKind.class) @JsonPropertyDescription("response: required") String response,
      @OneOf(StressorKind.class) @JsonPropertyDescription("stressor: required") String stressor,
      @JsonPropertyDescription("stressor: (0, 1], required") Double intensity,
      @JsonPropertyDescription("stressor (chronic) or support: how many weeks") Integer weeks,
      @OneOf(SupportKind.class) @JsonPropertyDescription("support: required") String support,
      @JsonPropertyDescription("repeat every n weeks (with until)") Integer every,
      @JsonPropertyDescription("last week of the repetition (with every)") Integer until) {}
}
