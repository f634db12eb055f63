/**
 * Trust Atlas's domain: the model, the safety gate, the repair planner, the trust-dynamics simulator
 * and the check-in. Pure Java; the only other module it names is JSpecify, for nullness annotations
 * that need not be present at run time.
 */
module org.trustatlas.core {
  requires static org.jspecify;

  exports org.trustatlas.core.model;
  exports org.trustatlas.core.safety;
  exports org.trustatlas.core.repair;
  exports org.trustatlas.core.dynamics;
  exports org.trustatlas.core.checkin;
  // Helpers core shares with the loader, danger reading and search (checks, slugs, suggestions, invisible
  // characters, own resources); embedders use the model's factories.
  exports org.trustatlas.core.internal to org.trustatlas.content;
}
