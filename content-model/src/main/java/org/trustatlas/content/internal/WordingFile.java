package org.trustatlas.content.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;
import org.trustatlas.content.read.PlanSection;
import org.trustatlas.core.repair.ReaderRole;
import org.trustatlas.core.safety.SafetyFlag;
import org.trustatlas.core.safety.ServiceType;

/**
 * {@code wording.yaml}: the words every front end shows for roles, safety questions, service types,
 * plan sections and a region it cannot place. Plain text, no markup; every role, flag, service type
 * and section exactly once.
 */
public record WordingFile(
    @JsonProperty(required = true) @JsonPropertyDescription("one per reader role") List<Role> roles,
    @JsonProperty(required = true) @JsonPropertyDescription("one per safety flag, in the order a form asks them; "
        + "immediate-danger first") List<Flag> flags,
    @JsonProperty(required = true) @JsonPropertyDescription("one per service type") List<Service> services,
    @JsonProperty(required = true) @JsonPropertyDescription("one per plan section") List<Section> sections,
    @JsonProperty(required = true) Regions regions) {

  /** How a reader picks a role and how it is named. */
  public record Role(
      @JsonProperty(required = true) @OneOf(ReaderRole.class) String role,
      @JsonProperty(required = true) @JsonPropertyDescription("first person, as a reader picks it on a form")
          String choice,
      @JsonProperty(required = true) @JsonPropertyDescription("to follow \"a plan for\"") String name) {}

  /** A safety question as a form asks it. */
  public record Flag(
      @JsonProperty(required = true) @OneOf(SafetyFlag.class) String flag,
      @JsonProperty(required = true) @JsonPropertyDescription("answered yes, no or not sure") String question,
      @JsonProperty(required = true) @JsonPropertyDescription("a short name") String name) {}

  /** A kind of crisis service. */
  public record Service(
      @JsonProperty(required = true) @OneOf(ServiceType.class) String type,
      @JsonProperty(required = true) @JsonPropertyDescription("a short name") String name,
      @JsonProperty(required = true) @JsonPropertyDescription("over a list of such services") String heading) {}

  /** A plan section's heading. */
  public record Section(
      @JsonProperty(required = true) @OneOf(PlanSection.class) String section,
      @JsonProperty(required = true) String heading) {}

  /** How regions are named where no country can be named. */
  public record Regions(
      @JsonProperty(required = true) @JsonPropertyDescription("the international directory") String international,
      @JsonProperty(required = true) @JsonPropertyDescription("said of a region a reader named that cannot be "
          + "placed; {given} is what they typed") String unplaced) {}
}
