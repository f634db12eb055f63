package org.trustatlas.core.safety;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Every combination of the six tri-state flags: 3^6 = 729 safety contexts. */
public final class FlagCombinations {

  private FlagCombinations() {}

  public static List<SafetyContext> all(Region region) {
    SafetyFlag[] flags = SafetyFlag.values();
    TriState[] states = TriState.values();
    int count = (int) Math.pow(states.length, flags.length);
    List<SafetyContext> contexts = new ArrayList<>(count);
    for (int n = 0; n < count; n++) {
      Map<SafetyFlag, TriState> combination = new EnumMap<>(SafetyFlag.class);
      int rest = n;
      for (SafetyFlag flag : flags) {
        combination.put(flag, states[rest % states.length]);
        rest /= states.length;
      }
      contexts.add(new SafetyContext(combination, region));
    }
    return contexts;
  }

  /**
   * Each flag in each state while the other five sit at a shared baseline (all yes, all no, all
   * unknown): the combinations where one flag's answer decides, without the full product.
   */
  public static List<SafetyContext> eachFlagAgainstBaselines(Region region) {
    java.util.Set<SafetyContext> contexts = new java.util.LinkedHashSet<>();
    for (TriState baseline : TriState.values()) {
      for (SafetyFlag flag : SafetyFlag.values()) {
        for (TriState state : TriState.values()) {
          Map<SafetyFlag, TriState> combination = new EnumMap<>(SafetyFlag.class);
          for (SafetyFlag other : SafetyFlag.values()) {
            combination.put(other, baseline);
          }
          combination.put(flag, state);
          contexts.add(new SafetyContext(combination, region));
        }
      }
    }
    return List.copyOf(contexts);
  }

  /** Whether the context alone signals harm by a partner or danger now (the partner-harm invariant's premise). */
  public static boolean harmOrDanger(SafetyContext context) {
    return context.partnerHarmSignalled() || context.flag(SafetyFlag.IMMEDIATE_DANGER) == TriState.YES;
  }
}
