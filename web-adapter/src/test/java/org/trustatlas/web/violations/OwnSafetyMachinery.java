package org.trustatlas.web.violations;

import java.util.List;
import java.util.function.Supplier;
import org.trustatlas.core.safety.Condition;
import org.trustatlas.core.safety.Decision;
import org.trustatlas.core.safety.Effect;
import org.trustatlas.core.safety.SafetyGate;
import org.trustatlas.core.safety.SafetyRule;

/** A front end that decides safety on its own: what AdapterRules.neverConstructSafetyMachinery forbids. */
final class OwnSafetyMachinery {

  Object gateWithoutRules() {
    return SafetyGate.of(List.of());
  }

  Object ruleOfItsOwn() {
    return new SafetyRule("let-everything-through", Condition.not(Condition.anyOf()), Effect.suppress("none"), "none", "none");
  }

  Supplier<Decision> decisionOfItsOwn() {
    return Decision.Show::new;
  }
}
