package org.trustatlas.content.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.core.dynamics.Simulation;
import org.trustatlas.core.repair.ReaderRole;
import org.trustatlas.core.repair.Situation;
import org.trustatlas.core.safety.Certainty;
import org.trustatlas.core.safety.CrisisResource;
import tools.jackson.databind.JsonNode;

/** What the JSON shapes say, field by field, where a front end depends on it. */
class GuidanceJsonTest {

  private final TrustAtlas bundled = TrustAtlas.bundled();

  private static List<String> fields(JsonNode node) {
    return List.copyOf(node.propertyNames());
  }

  @Test
  void aPlanStartsWithItsSafetyBlock() {
    JsonNode plan = AtlasJson.plan(bundled.plan(Situation.of(ReaderRole.HURT_PARTNER, "infidelity")));
    assertThat(fields(plan)).containsExactly("safety", "situation", "phases", "referrals", "suppressed",
        "requirements", "outcomes");
    assertThat(plan.get("safety").get("level").asString()).isEqualTo("unscreened");
    assertThat(plan.get("situation").get("flags").get("fear-of-partner").asString()).isEqualTo("unknown");
  }

  @Test
  void aPartnerHarmPlanLeadsWithTheEmergencyNumberThenListsALocalDomesticViolenceService() {
    JsonNode safety = AtlasJson.plan(bundled.plan(
        Situation.of(ReaderRole.SURVIVOR, "intimate-partner-abuse").inRegion("GB"))).get("safety");
    assertThat(safety.get("level").asString()).isEqualTo("partner-harm");
    JsonNode first = safety.get("items").get(0);
    assertThat(first.get("type").asString()).isEqualTo("emergency-number");
    assertThat(first.get("emergencyNumber").get("numbers").get(0).asString()).isEqualTo("999");
    assertThat(safety.get("items").valueStream()).anySatisfy(item -> {
      assertThat(item.get("type").asString()).isEqualTo("service");
      assertThat(item.get("serviceType").asString()).isEqualTo("domestic-violence");
      assertThat(item.get("resource").get("region").asString()).isEqualTo("GB");
    });
  }

  @Test
  void aLowCertaintyServiceCarriesItsVerifyNoteAndASureOneDoesNot() {
    CrisisResource low = bundled.resourceDirectory().resources().stream()
        .filter(r -> r.lowestCertainty() == Certainty.LOW).findFirst().orElseThrow();
    assertThat(AtlasJson.resource(low).get("verifyNote").asString())
        .startsWith("Not confirmed from an official source");
    CrisisResource high = bundled.resourceDirectory().resources().stream()
        .filter(r -> r.lowestCertainty() == Certainty.HIGH).findFirst().orElseThrow();
    assertThat(AtlasJson.resource(high).has("verifyNote")).isFalse();
  }

  @Test
  void aServiceThatTakesOnlyOlderReadersSaysFromWhatAgeAndOthersSayNothing() {
    CrisisResource fromSixteen = bundled.resourceDirectory().resources().stream()
        .filter(r -> r.id().equals("gb-rape-crisis-247-support-line")).findFirst().orElseThrow();
    assertThat(AtlasJson.resource(fromSixteen).get("minimumAge").asInt()).isEqualTo(16);
    CrisisResource forAnyone = bundled.resourceDirectory().resources().stream()
        .filter(r -> r.id().equals("gb-childline")).findFirst().orElseThrow();
    assertThat(AtlasJson.resource(forAnyone).has("minimumAge")).isFalse();
  }

  @Test
  void checkInChoicesShowTheirIdAndLabelAndOnlyWhetherOthersCanSeeTheAnswers() {
    JsonNode questions = AtlasJson.checkIn(bundled.checkIn()).get("questions");
    JsonNode first = questions.get(0);
    assertThat(first.get("section").asString()).isEqualTo("setting");
    assertThat(first.get("alone").asBoolean()).isFalse();
    assertThat(first.get("choices").valueStream()).filteredOn(c -> c.get("id").asString().equals("together"))
        .singleElement().satisfies(c -> assertThat(fields(c)).containsExactly("id", "label", "shared"));
    JsonNode danger = questions.get(2);
    assertThat(danger.get("section").asString()).isEqualTo("safety");
    assertThat(danger.get("alone").asBoolean()).isTrue();
    assertThat(danger.get("choices").valueStream())
        .allSatisfy(c -> assertThat(fields(c)).containsExactly("id", "label"));
  }

  @Test
  void searchHitsAreShortConceptsWithScoreAndSnippet() {
    JsonNode results = AtlasJson.search(bundled.search("my partner cheated", 5));
    assertThat(results.get("query").asString()).isEqualTo("my partner cheated");
    assertThat(results.get("hits").valueStream()).isNotEmpty()
        .allSatisfy(hit -> assertThat(fields(hit)).containsExactly("id", "kind", "label", "score", "snippet"));
  }

  @Test
  void aSimulationCarriesEveryWeekAndTheNotice() {
    Simulation run = bundled.simulate(bundled.scenarios().get(0));
    JsonNode json = AtlasJson.simulation(run);
    assertThat(fields(json)).containsExactly("scenario", "parameters", "charted", "trajectory", "summary", "refusals", "notice");
    assertThat(json.get("trajectory").size()).isEqualTo(run.scenario().steps() + 1);
    assertThat(fields(json.get("trajectory").get(0)))
        .containsExactly("t", "predictability", "dependability", "faith", "distrust", "trust", "events");
    assertThat(json.get("notice").asString()).isEqualTo(Simulation.NOTICE);
  }
}
