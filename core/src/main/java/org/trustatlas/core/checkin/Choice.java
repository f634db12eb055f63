package org.trustatlas.core.checkin;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.trustatlas.core.model.ConceptId;
import org.trustatlas.core.repair.ReaderRole;
import org.trustatlas.core.safety.Region;
import org.trustatlas.core.safety.SafetyFlag;
import org.trustatlas.core.safety.TriState;

/**
 * One answer to a question and what it means: flags it sets, challenges and aggravators it names,
 * the reader's role or region. {@code stop} ends the check-in at once with resources. {@code shared}
 * says someone else can see or hear the answers (reading together, or not in private): questions
 * for a reader on their own are then skipped.
 */
public record Choice(
    String id, String label, Map<SafetyFlag, TriState> flags, List<ConceptId> challenges, List<ConceptId> aggravators,
    Optional<ReaderRole> role, Optional<Region> region, boolean stop, boolean shared) {

  /** The id of the answer every question offers. */
  public static final String NOT_SURE = "not-sure";

  public Choice {
    id = Objects.requireNonNull(id, "choice id must not be null").strip();
    if (!ConceptId.isValid(id)) {
      throw new IllegalArgumentException("choice id '" + id + "' must be lower-kebab-case");
    }
    label = Objects.requireNonNull(label, "choice '" + id + "' label must not be null").strip();
    if (label.isEmpty()) {
      throw new IllegalArgumentException("choice '" + id + "' needs a label");
    }
    EnumMap<SafetyFlag, TriState> copy = new EnumMap<>(SafetyFlag.class);
    copy.putAll(Objects.requireNonNull(flags, "choice '" + id + "' flags must not be null"));
    flags = Collections.unmodifiableMap(copy);
    challenges = List.copyOf(challenges);
    aggravators = List.copyOf(aggravators);
    Objects.requireNonNull(role, "choice '" + id + "' role must not be null; use Optional.empty()");
    Objects.requireNonNull(region, "choice '" + id + "' region must not be null; use Optional.empty()");
    if (stop && !flags.containsValue(TriState.YES)) {
      throw new IllegalArgumentException("choice '" + id + "' stops the check-in, so it must set a safety flag to yes");
    }
    if (stop && shared) {
      throw new IllegalArgumentException("choice '" + id + "' cannot both stop the check-in and say others can see "
          + "the answers");
    }
  }

  public static Choice of(String id, String label) {
    return new Choice(id, label, Map.of(), List.of(), List.of(), Optional.empty(), Optional.empty(), false, false);
  }

  public Choice flag(SafetyFlag flag, TriState state) {
    EnumMap<SafetyFlag, TriState> more = new EnumMap<>(SafetyFlag.class);
    more.putAll(flags);
    more.put(flag, state);
    return new Choice(id, label, more, challenges, aggravators, role, region, stop, shared);
  }

  public Choice challenges(String... ids) {
    return new Choice(id, label, flags, ids(ids), aggravators, role, region, stop, shared);
  }

  public Choice aggravators(String... ids) {
    return new Choice(id, label, flags, challenges, ids(ids), role, region, stop, shared);
  }

  public Choice role(ReaderRole reader) {
    return new Choice(id, label, flags, challenges, aggravators, Optional.of(reader), region, stop, shared);
  }

  public Choice region(String code) {
    return new Choice(id, label, flags, challenges, aggravators, role, Optional.of(Region.of(code)), stop, shared);
  }

  /** Answering this ends the check-in at once with resources. */
  public Choice stops() {
    return new Choice(id, label, flags, challenges, aggravators, role, region, true, shared);
  }

  /** Answering this says someone else can see or hear the answers. */
  public Choice sharesTheScreen() {
    return new Choice(id, label, flags, challenges, aggravators, role, region, stop, true);
  }

  public boolean notSure() {
    return id.equals(NOT_SURE);
  }

  private static List<ConceptId> ids(String... values) {
    return Stream.of(values).map(v -> ConceptId.of(v.strip().toLowerCase(Locale.ROOT))).toList();
  }
}
