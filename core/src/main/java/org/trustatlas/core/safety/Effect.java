package org.trustatlas.core.safety;

import org.trustatlas.core.internal.Require;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a rule does when it matches.
 *
 * @param text the caveat, the reason for suppressing, or the escalation notice, in words a reader
 *     can read; absent only for {@link EffectKind#REFER}
 * @param refer service types the rule adds to the safety block
 */
public record Effect(EffectKind kind, Optional<String> text, List<ServiceType> refer) {

  public Effect {
    Objects.requireNonNull(kind, "effect kind must not be null");
    text = Require.optional(text, "effect text");
    refer = Require.list(refer, "effect refer").stream().distinct().toList();
    if (kind != EffectKind.REFER && text.isEmpty()) {
      throw new IllegalArgumentException("a " + kind.slug() + " effect needs text a reader can read");
    }
    if (kind == EffectKind.REFER && (text.isPresent() || refer.isEmpty())) {
      throw new IllegalArgumentException("a refer effect lists service types in refer and has no text");
    }
    if (refer.contains(ServiceType.EMERGENCY)) {
      throw new IllegalArgumentException("refer must not list emergency: the emergency number is always in the safety block");
    }
  }

  /** Show the suggestion with this caveat, and refer to these services. */
  public static Effect caveat(String caveat, ServiceType... refer) {
    return new Effect(EffectKind.SHOW_WITH_CAVEAT, Optional.of(caveat), List.of(refer));
  }

  /** Leave the suggestion out, telling the reader this reason. */
  public static Effect suppress(String reason) {
    return new Effect(EffectKind.SUPPRESS, Optional.of(reason), List.of());
  }

  /** Put safety first: this notice, the emergency number and these services before anything else. */
  public static Effect escalate(String notice, ServiceType... refer) {
    return new Effect(EffectKind.ESCALATE, Optional.of(notice), List.of(refer));
  }

  /** Add these services to the safety block without saying anything else. */
  public static Effect refer(ServiceType... types) {
    return new Effect(EffectKind.REFER, Optional.empty(), List.of(types));
  }
}
