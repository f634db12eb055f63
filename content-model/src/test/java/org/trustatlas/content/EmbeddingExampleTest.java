package org.trustatlas.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustatlas.content.search.SearchResults;
import org.trustatlas.core.model.Atlas;
import org.trustatlas.core.model.Challenge;
import org.trustatlas.core.model.ChallengeFamily;
import org.trustatlas.core.model.Concept;
import org.trustatlas.core.model.ConceptId;
import org.trustatlas.core.model.Direction;
import org.trustatlas.core.model.Link;
import org.trustatlas.core.model.RelationKind;
import org.trustatlas.core.dynamics.Simulation;
import org.trustatlas.core.repair.ReaderRole;
import org.trustatlas.core.repair.RepairPlan;
import org.trustatlas.core.repair.Situation;
import org.trustatlas.core.repair.Step;
import org.trustatlas.core.safety.Region;
import org.trustatlas.core.safety.SafetyBlock;
import org.trustatlas.core.safety.SafetyFlag;
import org.trustatlas.core.safety.ServiceType;
import org.trustatlas.core.safety.TriState;

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
    SearchResults danger = trustAtlas.search("he chokes me", 5, Region.of("UK"));
    SafetyBlock first = danger.safety();         // 999 first, then domestic-abuse services for GB
    // end README snippet

    assertThat(infidelity.label()).isEqualTo("Infidelity");
    assertThat(underminedByIt).isNotEmpty();
    assertThat(partnerHarm).isNotEmpty();
    assertThat(firstHit).isEqualTo("Infidelity");
    assertThat(first.startsWithEmergencyNumber()).isTrue();
    assertThat(first.emergencyNumber().primary()).isEqualTo("999");
    assertThat(first.services().get(0).resource().types()).contains(ServiceType.DOMESTIC_VIOLENCE);
  }

  @Test
  void theReadmePlanAndSimulationSnippetRuns() {
    TrustAtlas trustAtlas = TrustAtlas.bundled();
    // README: plan and simulate (keep in sync)
    RepairPlan plan = trustAtlas.plan(Situation.of(ReaderRole.HURT_PARTNER, "infidelity")
        .inRegion("GB")
        .withFlag(SafetyFlag.FEAR_OF_PARTNER, TriState.UNKNOWN));
    SafetyBlock safety = plan.safety();          // always first: level, notices, emergency number, services
    List<Step> steps = plan.steps();             // who acts, why, and the sentences and sources behind it

    Simulation run = trustAtlas.simulate(trustAtlas.scenario("discovered-affair-denied").orElseThrow());
    double lowest = run.summary().minimum();
    String notice = run.notice();                // an illustration of findings, never a prediction
    // end README snippet

    assertThat(safety.notices()).isNotEmpty();
    assertThat(steps).isNotEmpty().allSatisfy(step -> assertThat(step).isNotNull());
    assertThat(lowest).isLessThan(run.summary().baseline());
    assertThat(notice).contains("not a");
  }

  @Test
  void theGuiceModuleBindsTheBundledAtlas() {
    Atlas atlas = Guice.createInjector(new TrustAtlasModule()).getInstance(Atlas.class);
    assertThat(atlas).isSameAs(TrustAtlas.bundled().atlas());
    assertThat(atlas.concept(ConceptId.of("infidelity"))).isPresent();
  }
}
