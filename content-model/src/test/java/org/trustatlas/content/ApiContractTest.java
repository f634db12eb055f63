package org.trustatlas.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.ProvisionException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustatlas.content.input.PackLoadException;
import org.trustatlas.core.model.Atlas;
import org.trustatlas.core.model.ConceptId;
import org.trustatlas.core.model.Direction;
import org.trustatlas.core.model.RelationKind;

/** The facade's null contract and the Guice module for a pack of one's own. */
class ApiContractTest {

  private final TrustAtlas trustAtlas = TrustAtlas.bundled();

  @Test
  void aNullSituationIsRefusedByName() {
    assertThatThrownBy(() -> trustAtlas.plan(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("situation must not be null");
  }

  @Test
  void relatedWithoutAKindIsRefusedAndPointsToTheEveryKindQuery() {
    ConceptId infidelity = ConceptId.of("infidelity");
    assertThatThrownBy(() -> trustAtlas.atlas().related(infidelity, null, Direction.OUTGOING))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("relation kind must not be null")
        .hasMessageContaining("related(id, direction)");
    assertThat(trustAtlas.atlas().related(infidelity, Direction.OUTGOING)).isNotEmpty();
  }

  @Test
  void aNullQueryOrRegionIsRefusedByName() {
    assertThatThrownBy(() -> trustAtlas.search(null, 3)).hasMessage("query must not be null");
    assertThatThrownBy(() -> trustAtlas.resources(null)).hasMessage("region must not be null");
  }

  @Test
  void guiceBindsAPackOfOnesOwn(@TempDir Path temp) {
    Path pack = PackFixture.minimal(temp).folder();
    Injector injector = Guice.createInjector(TrustAtlasModule.forPack(pack));
    Atlas atlas = injector.getInstance(Atlas.class);
    assertThat(atlas).isSameAs(injector.getInstance(TrustAtlas.class).atlas());
    assertThat(atlas.pack()).isEqualTo(TrustAtlas.load(pack).pack());
    assertThat(atlas.size()).isLessThan(TrustAtlas.bundled().atlas().size());
  }

  @Test
  void guiceWithAnInvalidPackFailsWithEveryProblemListed(@TempDir Path empty) {
    Injector injector = Guice.createInjector(TrustAtlasModule.forPack(empty));
    assertThatThrownBy(() -> injector.getInstance(TrustAtlas.class)).isInstanceOf(ProvisionException.class)
        .hasCauseInstanceOf(PackLoadException.class);
  }
}
