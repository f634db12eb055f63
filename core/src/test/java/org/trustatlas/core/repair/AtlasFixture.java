package org.trustatlas.core.repair;

import java.util.List;
import java.util.Optional;
import org.trustatlas.core.model.Atlas;
import org.trustatlas.core.model.PackInfo;
import org.trustatlas.core.safety.ResourcesFixture;
import org.trustatlas.core.safety.SafetyRulesFixture;

/**
 * A small atlas with the bundled pack's ids and attributes, built in Java because the real pack is
 * not on this branch, and a planner over it with the bundled rules and resources.
 */
public final class AtlasFixture {

  private static final Atlas ATLAS = Atlas.of(
      new PackInfo("fixture", "0.1.0", "en", "Fixture pack", "For core tests."), FixtureArticle.article(),
      List.of(new org.trustatlas.core.model.SourceRef("stith-2011", "Couples Therapy for Domestic Violence",
          List.of("Stith, Sandra M.", "McCollum, Eric E.", "Rosen, Karen H."), 2011, Optional.empty())),
      FixtureConcepts.all(), FixtureRelations.all());

  private static final RepairPlanner PLANNER =
      new RepairPlanner(ATLAS, SafetyRulesFixture.defaultGate(), ResourcesFixture.directory());

  private AtlasFixture() {}

  public static Atlas atlas() {
    return ATLAS;
  }

  public static RepairPlanner planner() {
    return PLANNER;
  }
}
