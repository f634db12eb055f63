package org.trustatlas.core.repair;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.trustatlas.core.model.Challenge;
import org.trustatlas.core.model.RebuildingStrategy;

/** The fixture is a valid atlas with the shape the tests rely on. */
class FixtureAtlasTest {

  @Test
  void theFixtureIsAValidAtlasCoveringEverySentence() {
    assertThat(AtlasFixture.atlas().size()).isGreaterThan(60);
  }

  @Test
  void itHasTwelveChallengesAndEveryStrategyHasOneActor() {
    assertThat(AtlasFixture.atlas().concepts(Challenge.class)).hasSize(12);
    assertThat(AtlasFixture.atlas().concepts(RebuildingStrategy.class)).allSatisfy(s -> assertThat(s.actor()).isNotNull());
  }
}
