package org.trustatlas.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustatlas.core.model.Atlas;
import org.trustatlas.core.model.Challenge;
import org.trustatlas.core.model.ChallengeFamily;
import org.trustatlas.core.model.Concept;
import org.trustatlas.core.model.ConceptId;
import org.trustatlas.core.model.Direction;
import org.trustatlas.core.model.Link;
import org.trustatlas.core.model.RelationKind;

/** The README's embedding snippet, run as written, so the README cannot drift from the API. */
class EmbeddingExampleTest {

  @Test
  void theReadmeSnippetRuns() {
    // README: embedding (keep in sync)
    TrustAtlas trustAtlas = TrustAtlas.bundled();
    Atlas atlas = trustAtlas.atlas();

    Concept infidelity = atlas.concept("infidelity").orElseThrow();
    List<Link> underminedByIt = atlas.related(infidelity.id(), RelationKind.UNDERMINES, Direction.OUTGOING);
    List<Challenge> partnerHarm = atlas.concepts(Challenge.class).stream()
        .filter(c -> c.family() == ChallengeFamily.PARTNER_HARM)
        .toList();
    String firstHit = trustAtlas.search("my partner cheated on me", 3).hits().get(0).concept().label();
    // end README snippet

    assertThat(infidelity.label()).isEqualTo("Infidelity");
    assertThat(underminedByIt).isNotEmpty();
    assertThat(partnerHarm).isNotEmpty();
    assertThat(firstHit).isEqualTo("Infidelity");
  }

  @Test
  void theGuiceModuleBindsTheBundledAtlas() {
    Atlas atlas = Guice.createInjector(new TrustAtlasModule()).getInstance(Atlas.class);
    assertThat(atlas).isSameAs(TrustAtlas.bundled().atlas());
    assertThat(atlas.concept(ConceptId.of("infidelity"))).isPresent();
  }
}
