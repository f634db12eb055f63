package org.trustatlas.content.danger;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trustatlas.core.safety.Notice;
import org.trustatlas.core.safety.Region;
import org.trustatlas.core.safety.ResourceDirectory;
import org.trustatlas.core.safety.SafetyAssessment;
import org.trustatlas.core.safety.SafetyBlock;
import org.trustatlas.core.safety.SafetyContext;
import org.trustatlas.core.safety.SafetyFlag;
import org.trustatlas.core.safety.SafetyGate;
import org.trustatlas.core.safety.SafetyLevel;
import org.trustatlas.core.safety.ServiceType;
import org.trustatlas.core.safety.TriState;

/**
 * The safety block a search shows first, built with core's gate and directory like every other
 * safety block. When danger is recognised: the flags the categories imply (nothing else is known,
 * so every other flag stays unknown), the gate's assessment raised to lead with the emergency
 * number, each category's message right after it, and the categories' services before any other.
 * When none is: the region's emergency number alone, closing the answer.
 */
public final class DangerSafety {

  private DangerSafety() {}

  public static SafetyBlock block(List<DangerMatch> matches, SafetyGate gate, ResourceDirectory directory,
      Region region) {
    if (matches.isEmpty()) {
      SafetyAssessment quiet = new SafetyAssessment(SafetyLevel.UNSCREENED, List.of(), List.of(), List.of());
      return SafetyBlock.of(quiet, directory, region);
    }
    Map<SafetyFlag, TriState> flags = new EnumMap<>(SafetyFlag.class);
    Set<ServiceType> first = new LinkedHashSet<>();
    List<Notice> messages = new ArrayList<>();
    for (DangerMatch match : matches) {
      DangerCategory category = match.category();
      category.flags().forEach((flag, state) -> flags.merge(flag, state, DangerSafety::stronger));
      first.addAll(category.services());
      messages.add(new Notice("danger-" + category.id(), category.message()));
    }
    SafetyAssessment assessment = gate.assess(new SafetyContext(flags, region), List.of())
        .atLeast(SafetyLevel.PARTNER_HARM).escalating(messages).leading(List.copyOf(first));
    return SafetyBlock.of(assessment, directory, region);
  }

  private static TriState stronger(TriState a, TriState b) {
    return a == TriState.YES || b == TriState.YES ? TriState.YES : a;
  }
}
