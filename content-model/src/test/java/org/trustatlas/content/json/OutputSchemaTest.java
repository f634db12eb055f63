package org.trustatlas.content.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.core.checkin.CheckIn;
import org.trustatlas.core.dynamics.Scenario;
import org.trustatlas.core.model.Challenge;
import org.trustatlas.core.repair.ReaderRole;
import org.trustatlas.core.repair.Situation;
import org.trustatlas.core.safety.Region;
import org.trustatlas.core.safety.SafetyContext;
import org.trustatlas.core.safety.SafetyFlag;
import org.trustatlas.core.safety.TriState;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Real outputs of the bundled pack, every kind, validate against the shipped output schemas. */
class OutputSchemaTest {

  private static final String BASE = "https://trustatlas.org/schema/";
  private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
      registry -> registry.schemaIdResolvers(ids -> ids.mapPrefix(BASE, "classpath:org/trustatlas/content/schema/")));

  private final TrustAtlas bundled = TrustAtlas.bundled();

  private static List<Error> errors(String schemaName, JsonNode output) {
    return SCHEMAS.getSchema(SchemaLocation.of(BASE + schemaName + ".output.schema.json")).validate(output);
  }

  private static void assertFits(String schemaName, JsonNode output) {
    assertThat(errors(schemaName, output)).as("%s against %s.output.schema.json", AtlasJson.compact(output),
        schemaName).isEmpty();
  }

  @Test
  void everyChallengeForEveryRoleInThreeSafetyContextsGivesAPlanThatFits() {
    List<SafetyContext> contexts = List.of(SafetyContext.unknown(Region.of("GB")),
        SafetyContext.unknown(Region.of("FR")).with(SafetyFlag.FEAR_OF_PARTNER, TriState.YES),
        SafetyContext.unknown(Region.of("US")).with(SafetyFlag.IMMEDIATE_DANGER, TriState.YES)
            .with(SafetyFlag.SELF_HARM_RISK, TriState.YES));
    int plans = 0;
    for (Challenge challenge : bundled.atlas().concepts(Challenge.class)) {
      for (ReaderRole role : ReaderRole.values()) {
        for (SafetyContext context : contexts) {
          JsonNode plan = AtlasJson.plan(bundled.plan(Situation.of(role, List.of(challenge.id()), context)));
          assertThat(plan.propertyNames().iterator().next()).isEqualTo("safety");
          assertFits("plan", plan);
          plans++;
        }
      }
    }
    assertThat(plans).isGreaterThan(150);
  }

  @Test
  void searchResultsFit() {
    for (String query : List.of("my partner cheated", "he hits me", "flashbacks during sex", "money worries")) {
      assertFits("search", AtlasJson.search(bundled.search(query, 10)));
    }
    for (var category : bundled.dangerVocabulary().categories()) {
      for (Region region : List.of(Region.INTERNATIONAL, Region.of("GB"), Region.of("FR"))) {
        assertFits("search", AtlasJson.search(bundled.search(category.phrases().get(0), 10, region)));
      }
    }
  }

  @Test
  void everyBundledScenarioRunFitsAndTheListingToo() {
    for (Scenario scenario : bundled.scenarios()) {
      assertFits("simulation", AtlasJson.simulation(bundled.simulate(scenario)));
    }
    assertFits("scenarios", AtlasJson.scenarios(bundled.scenarios()));
  }

  @Test
  void theHelpForEveryListedRegionAndAnUnlistedOneFits() {
    Stream.concat(bundled.resourceDirectory().regions().stream(), Stream.of(Region.of("FR"))).forEach(region ->
        assertFits("resources", AtlasJson.resources(region, bundled.emergencyCall(region),
            bundled.resources(region))));
  }

  @Test
  void theCheckInQuestionsAndEveryKindOfStepFit() {
    CheckIn checkIn = bundled.checkIn();
    assertFits("checkin", AtlasJson.checkIn(checkIn));
    assertFits("checkin-step", AtlasJson.checkInStep(checkIn.start(Region.INTERNATIONAL)));
    assertFits("checkin-step", AtlasJson.checkInStep(
        checkIn.run(Map.of("danger-now", List.of("yes")), Region.of("AU"))));
    assertFits("checkin-step", AtlasJson.checkInStep(
        checkIn.run(Map.of("partner-hurt-you", List.of("yes")), Region.of("CA"))));
    assertFits("checkin-step", AtlasJson.checkInStep(checkIn.run(Map.of(), Region.of("US"))));
  }

  @Test
  void theSchemasAreStrictEnoughToCatchADroppedOrExtraField() {
    ObjectNode plan = AtlasJson.plan(bundled.plan(Situation.of(ReaderRole.SURVIVOR, "intimate-partner-abuse")));
    plan.remove("safety");
    assertThat(errors("plan", plan)).isNotEmpty();
    ObjectNode run = AtlasJson.simulation(bundled.simulate(bundled.scenarios().get(0)));
    ((ObjectNode) run.get("trajectory").get(3)).put("forecast", 0.5);
    assertThat(errors("simulation", run)).isNotEmpty();
    ObjectNode stop = AtlasJson.checkInStep(
        bundled.checkIn().run(Map.of("danger-now", List.of("yes")), Region.of("GB")));
    ((ObjectNode) stop.get("safety")).putArray("items");
    assertThat(errors("checkin-step", stop)).as("a stop without items").isNotEmpty();
  }
}
