package org.trustatlas.core.repair;

import org.trustatlas.core.model.Atlas;
import org.trustatlas.core.safety.SafetyGate;

/** What every plan is built with; shared, immutable, built once per planner. */
record Toolkit(Atlas atlas, SafetyGate gate, PackOrder pack, Candidates candidates, StepWriter writer, Quotes quotes) {

  static Toolkit of(Atlas atlas, SafetyGate gate) {
    PackOrder pack = new PackOrder(atlas);
    Quotes quotes = new Quotes(atlas);
    return new Toolkit(atlas, gate, pack, new Candidates(atlas, pack), new StepWriter(atlas, quotes), quotes);
  }
}
