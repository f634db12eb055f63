package org.trustatlas.core.safety;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.trustatlas.core.model.ActorRole;

/**
 * What is known about a reader's safety: every flag is YES, NO or UNKNOWN (the default, since most
 * readers are never asked), the region used for local services, and, when known, whose part in the
 * situation the reader has (the person harmed, the partner who used harm, a supporter), because what
 * is safe to say differs between them.
 *
 * @param reader the role whose steps are the reader's own, as a plan reads it; empty when unknown
 */
public record SafetyContext(Map<SafetyFlag, TriState> flags, Region region, Optional<ActorRole> reader) {

  public SafetyContext {
    Objects.requireNonNull(flags, "safety flags must not be null");
    Objects.requireNonNull(region, "region must not be null");
    Objects.requireNonNull(reader, "reader must not be null (use Optional.empty())");
    if (reader.filter(r -> r == ActorRole.INDIVIDUAL).isPresent()) {
      throw new IllegalArgumentException("a reader is a person in the situation; 'individual' is not a reader");
    }
    EnumMap<SafetyFlag, TriState> all = new EnumMap<>(SafetyFlag.class);
    for (SafetyFlag flag : SafetyFlag.values()) {
      all.put(flag, TriState.UNKNOWN);
    }
    flags.forEach((flag, state) -> all.put(
        Objects.requireNonNull(flag, "safety flag must not be null"),
        Objects.requireNonNull(state, "state of " + flag.slug() + " must not be null")));
    flags = Collections.unmodifiableMap(all);
  }

  /** Flags and region, with no reader known. */
  public SafetyContext(Map<SafetyFlag, TriState> flags, Region region) {
    this(flags, region, Optional.empty());
  }

  /** Nothing known, resources from the international directory. */
  public static SafetyContext unknown() {
    return unknown(Region.INTERNATIONAL);
  }

  /** A context where the reader has told nothing yet: every flag {@code UNKNOWN}. */
  public static SafetyContext unknown(Region region) {
    return new SafetyContext(Map.of(), region);
  }

  /** What the reader said about this flag: yes, no, or unknown when not asked or not answered. */
  public TriState flag(SafetyFlag flag) {
    return flags.get(flag);
  }

  /** This context with one flag set. */
  public SafetyContext with(SafetyFlag flag, TriState state) {
    EnumMap<SafetyFlag, TriState> changed = new EnumMap<>(flags);
    changed.put(flag, state);
    return new SafetyContext(changed, region, reader);
  }

  /** This context for another region (its resources and emergency number). */
  public SafetyContext in(Region other) {
    return new SafetyContext(flags, other, reader);
  }

  /** The same context, read by someone in this role. */
  public SafetyContext readBy(ActorRole role) {
    return new SafetyContext(flags, region, Optional.of(role));
  }

  /** Whether the reader is known to be in one of these roles. */
  public boolean readBy(Collection<ActorRole> roles) {
    return reader.filter(roles::contains).isPresent();
  }

  /** Whether any of {@code among} is in {@code state}. */
  public boolean any(TriState state, Collection<SafetyFlag> among) {
    for (SafetyFlag flag : among) {
      if (flags.get(flag) == state) {
        return true;
      }
    }
    return false;
  }

  /** Whether any flag is still unknown, so the answer must allow for danger not yet told. */
  public boolean anyUnknown() {
    return flags.containsValue(TriState.UNKNOWN);
  }

  /**
   * Any of the four partner-harm flags is YES, or the reader is the partner who has used harm: either
   * way a partner may be causing harm, which rules out joint work.
   */
  public boolean partnerHarmSignalled() {
    return any(TriState.YES, SafetyFlag.partnerHarmFlags()) || reader.filter(r -> r == ActorRole.USING_HARM).isPresent();
  }

  /** The reader is in danger now, from anyone, or at risk of harming themselves. */
  public boolean emergencySignalled() {
    return flags.get(SafetyFlag.IMMEDIATE_DANGER) == TriState.YES || flags.get(SafetyFlag.SELF_HARM_RISK) == TriState.YES;
  }
}
