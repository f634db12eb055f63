package org.trustatlas.core.repair;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.trustatlas.core.model.ConceptId;
import org.trustatlas.core.safety.Region;
import org.trustatlas.core.safety.SafetyContext;
import org.trustatlas.core.safety.SafetyFlag;
import org.trustatlas.core.safety.TriState;

/**
 * What a reader is going through: the challenges (at least one), who they are in it, what is known
 * about their safety (unknown unless answered) and aggravators such as an STI or a pregnancy.
 * Read it as a sentence: {@code Situation.of(HURT_PARTNER, "infidelity").inRegion("GB")}.
 */
public record Situation(List<ConceptId> challenges, ReaderRole role, SafetyContext safety, List<ConceptId> aggravators) {

  public Situation {
    Objects.requireNonNull(challenges, "challenges must not be null");
    challenges = challenges.stream().map(c -> Objects.requireNonNull(c, "challenge must not be null")).distinct()
        .toList();
    if (challenges.isEmpty()) {
      throw new IllegalArgumentException("a situation names at least one challenge");
    }
    Objects.requireNonNull(role, "role must not be null");
    Objects.requireNonNull(safety, "safety context must not be null");
    Objects.requireNonNull(aggravators, "aggravators must not be null");
    aggravators = aggravators.stream().map(a -> Objects.requireNonNull(a, "aggravator must not be null")).distinct()
        .toList();
  }

  /** Nothing known about safety yet, resources from the international directory. */
  public static Situation of(ReaderRole role, String... challenges) {
    return new Situation(ids(challenges), role, SafetyContext.unknown(), List.of());
  }

  /** Who is reading, what challenges they face and what they said about their safety. */
  public static Situation of(ReaderRole role, List<ConceptId> challenges, SafetyContext safety) {
    return new Situation(challenges, role, safety, List.of());
  }

  /** This situation in the region a reader typed (a code or a name), as {@link Region#of} reads it. */
  public Situation inRegion(String code) {
    return inRegion(Region.of(code));
  }

  /** This situation in another region, for its emergency number and services. */
  public Situation inRegion(Region region) {
    return withSafety(safety.in(region));
  }

  /** This situation with one safety flag answered. */
  public Situation withFlag(SafetyFlag flag, TriState state) {
    return withSafety(safety.with(flag, state));
  }

  /** This situation with another safety context. */
  public Situation withSafety(SafetyContext context) {
    return new Situation(challenges, role, context, aggravators);
  }

  /** This situation with aggravators (such as an STI or a pregnancy), by concept id. */
  public Situation withAggravators(String... ids) {
    return new Situation(challenges, role, safety, ids(ids));
  }

  /** This situation with aggravators (such as an STI or a pregnancy). */
  public Situation withAggravators(List<ConceptId> ids) {
    return new Situation(challenges, role, safety, ids);
  }

  /** The region the plan's resources and emergency number are for. */
  public Region region() {
    return safety.region();
  }

  // Forgiving about case and spaces, so "Infidelity " from a form is the id infidelity.
  private static List<ConceptId> ids(String... values) {
    return Stream.of(values).map(v -> ConceptId.of(Objects.requireNonNull(v, "id must not be null").strip()
        .toLowerCase(Locale.ROOT))).toList();
  }
}
