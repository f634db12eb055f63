package org.trustatlas.core.safety;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What is known about a reader's safety: every flag is YES, NO or UNKNOWN (the default, since most
 * readers are never asked), plus the region used for local services.
 */
public record SafetyContext(Map<SafetyFlag, TriState> flags, Region region) {

  public SafetyContext {
    Objects.requireNonNull(flags, "safety flags must not be null");
    Objects.requireNonNull(region, "region must not be null");
    EnumMap<SafetyFlag, TriState> all = new EnumMap<>(SafetyFlag.class);
    for (SafetyFlag flag : SafetyFlag.values()) {
      all.put(flag, TriState.UNKNOWN);
    }
    flags.forEach((flag, state) -> all.put(
        Objects.requireNonNull(flag, "safety flag must not be null"),
        Objects.requireNonNull(state, "state of " + flag.slug() + " must not be null")));
    flags = Collections.unmodifiableMap(all);
  }

  /** Nothing known, resources from the international directory. */
  public static SafetyContext unknown() {
    return unknown(Region.INTERNATIONAL);
  }

  public static SafetyContext unknown(Region region) {
    return new SafetyContext(Map.of(), region);
  }

  public TriState flag(SafetyFlag flag) {
    return flags.get(flag);
  }

  public SafetyContext with(SafetyFlag flag, TriState state) {
    EnumMap<SafetyFlag, TriState> changed = new EnumMap<>(flags);
    changed.put(flag, state);
    return new SafetyContext(changed, region);
  }

  public SafetyContext in(Region other) {
    return new SafetyContext(flags, other);
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

  public boolean anyUnknown() {
    return flags.containsValue(TriState.UNKNOWN);
  }

  /** Any of the four partner-harm flags is YES. */
  public boolean partnerHarmSignalled() {
    return any(TriState.YES, SafetyFlag.partnerHarmFlags());
  }

  /** The reader is in danger now, from anyone, or at risk of harming themselves. */
  public boolean emergencySignalled() {
    return flags.get(SafetyFlag.IMMEDIATE_DANGER) == TriState.YES || flags.get(SafetyFlag.SELF_HARM_RISK) == TriState.YES;
  }
}
