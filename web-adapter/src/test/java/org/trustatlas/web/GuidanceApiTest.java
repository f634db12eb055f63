package org.trustatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.content.json.AtlasJson;
import org.trustatlas.core.dynamics.Scenario;
import org.trustatlas.core.dynamics.Simulation;
import org.trustatlas.core.repair.ReaderRole;
import org.trustatlas.core.repair.Situation;
import org.trustatlas.core.safety.Region;
import org.trustatlas.core.safety.SafetyFlag;
import org.trustatlas.core.safety.TriState;
import org.trustatlas.web.http.Problem;
import tools.jackson.databind.JsonNode;

/**
 * Search, plans, check-in, resources and the simulator over HTTP, on the bundled pack: the same JSON
 * as the library writes through AtlasJson, answers to what a client sent never cached, every mistake
 * a 400 problem that names it.
 */
class GuidanceApiTest {

  private static final TrustAtlas atlas = TrustAtlas.bundled();
  @AutoClose
  private static final TestServer server = TestServer.start(atlas, WebOptions.defaults());

  private static HttpResponse<String> post(String path, String json) {
    return server.send("POST", path, json, "Content-Type", "application/json");
  }

  private static JsonNode ok(HttpResponse<String> response, boolean cached) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    if (cached) {
      assertThat(response.headers().firstValue("ETag")).isPresent();
    } else {
      assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
      assertThat(response.headers().firstValue("ETag")).isEmpty();
    }
    return ApiTest.json(response);
  }

  private static JsonNode problem(HttpResponse<String> response, String type) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(Problem.MEDIA_TYPE));
    JsonNode body = ApiTest.json(response);
    assertThat(body.get("type").asString()).isEqualTo("urn:trustatlas:problem:" + type);
    return body;
  }

  @Test
  void searchAnswersLikeTheCommandLine() {
    JsonNode found = ok(server.get("/api/v1/search?q=he+hits+me&limit=3"), false);
    assertThat(found.toString()).isEqualTo(AtlasJson.search(atlas.search("he hits me", 3)).toString());
    assertThat(found.get("hits").get(0).get("id").asString()).isEqualTo("intimate-partner-abuse");
    assertThat(found.get("hits").get(0).properties().stream().map(Map.Entry::getKey).toList())
        .containsExactly("id", "kind", "label", "score", "snippet");
    assertThat(ok(server.get("/api/v1/search?q=cheating"), false).get("hits").size()).isBetween(1, 10);
  }

  @Test
  void searchMistakesNameTheParameter() {
    assertThat(problem(server.get("/api/v1/search"), "invalid-parameter").get("parameter").asString()).isEqualTo("q");
    assertThat(problem(server.get("/api/v1/search?q=x&limit=51"), "invalid-parameter").get("detail").asString())
        .contains("1 to 50");
    assertThat(problem(server.get("/api/v1/search?q=" + "a".repeat(600)), "invalid-parameter").get("detail").asString())
        .contains("500");
    problem(server.get("/api/v1/search?query=x"), "invalid-parameter");
  }

  @Test
  void aNumberIsWrittenInAsciiDigitsAloneOrRefusedWithItsParameter() {
    // A sign, digits of another script (ARABIC-INDIC DIGIT THREE), decimals and hex are refused, not
    // read as the number Integer.parseInt would make of them; spaces around a value are dropped.
    for (String limit : List.of("%2B1", "%D9%A3", "1.0", "0x3", "-1", "1%202", "99999999999")) {
      JsonNode refused = problem(server.get("/api/v1/search?q=x&limit=" + limit), "invalid-parameter");
      assertThat(refused.get("parameter").asString()).as(limit).isEqualTo("limit");
    }
    assertThat(ok(server.get("/api/v1/search?q=cheating&limit=03"), false).get("hits").size()).isBetween(1, 3);
    assertThat(ok(server.get("/api/v1/search?q=cheating&limit=0000000003"), false).get("hits").size()).isBetween(1, 3);
    assertThat(ok(server.get("/api/v1/search?q=cheating&limit=%202%20"), false).get("hits").size()).isBetween(1, 2);
    // FULLWIDTH DIGIT TWO
    assertThat(problem(server.get("/api/v1/paths?from=infidelity&to=sexual-trust&depth=%EF%BC%92"), "invalid-parameter")
        .get("parameter").asString()).isEqualTo("depth");
  }

  @Test
  void aPartnerHarmPlanStartsWithTheEmergencyNumberAndADomesticViolenceService() {
    JsonNode plan = ok(post("/api/v1/plans", """
        {"challenges": ["infidelity"], "role": "hurt-partner", "flags": {"fear-of-partner": "yes"}, "region": "GB"}
        """), false);
    Situation situation = Situation.of(ReaderRole.HURT_PARTNER, "infidelity").inRegion("GB")
        .withFlag(SafetyFlag.FEAR_OF_PARTNER, TriState.YES);
    assertThat(plan.toString()).isEqualTo(AtlasJson.plan(atlas.plan(situation)).toString());
    assertThat(plan.properties().iterator().next().getKey()).isEqualTo("safety");
    JsonNode items = plan.get("safety").get("items");
    assertThat(items.get(0).get("type").asString()).isEqualTo("emergency-number");
    assertThat(items.get(0).get("emergencyNumber").get("numbers").get(0).asString()).isEqualTo("999");
    assertThat(items.toString()).contains("\"serviceType\":\"domestic-violence\"");
  }

  @Test
  void thePartnerWhoUsedHarmGetsAPlanAboutStoppingLikeTheCommandLine() {
    JsonNode plan = ok(post("/api/v1/plans", """
        {"challenges": ["intimate-partner-abuse"], "role": "involved-partner", "flags": {"ongoing-abuse": "yes"},
         "region": "GB"}
        """), false);
    Situation situation = Situation.of(ReaderRole.INVOLVED_PARTNER, "intimate-partner-abuse").inRegion("GB")
        .withFlag(SafetyFlag.ONGOING_ABUSE, TriState.YES);
    assertThat(plan.toString()).isEqualTo(AtlasJson.plan(atlas.plan(situation)).toString());
    assertThat(plan.get("situation").get("audience").asString()).isEqualTo("the partner who used harm and wants to stop");
    assertThat(plan.toString()).contains("\"strategy\":\"joining-a-behaviour-change-programme\"",
        "\"framing\":\"Your step\"").doesNotContain("never your fault", "offer support",
        "\"strategy\":\"safety-planning\"");
  }

  @Test
  void planMistakesPointAtTheMember() {
    JsonNode unknown = problem(post("/api/v1/plans", "{\"challenges\": [\"infidelty\"], \"role\": \"both\"}"),
        "invalid-body");
    assertThat(unknown.get("pointer").asString()).isEqualTo("/challenges");
    assertThat(unknown.get("suggestions").get(0).asString()).isEqualTo("infidelity");
    assertThat(problem(post("/api/v1/plans", "{\"challenges\": [\"infidelity\"], \"role\": \"hurt\"}"), "invalid-body")
        .get("detail").asString()).contains("'hurt'", "hurt-partner");
    // a 5,000-character role was quoted whole (a 5,094-character detail): at most 40 characters, as all errors
    String longRole = "\\u202E" + "r".repeat(5_000);
    assertThat(problem(post("/api/v1/plans", "{\"challenges\": [\"infidelity\"], \"role\": \"" + longRole + "\"}"),
        "invalid-body").get("detail").asString()).doesNotContain("r".repeat(41)).doesNotContain("\u202E")
        .contains("\\u202E").hasSizeLessThan(400);
    JsonNode flag = problem(post("/api/v1/plans",
        "{\"challenges\": [\"infidelity\"], \"role\": \"both\", \"flags\": {\"afraid\": \"yes\"}}"), "invalid-body");
    assertThat(flag.get("pointer").asString()).isEqualTo("/flags/afraid");
    assertThat(problem(post("/api/v1/plans",
        "{\"challenges\": [\"infidelity\"], \"role\": \"both\", \"flags\": {\"fear-of-partner\": \"maybe\"}}"),
        "invalid-body").get("detail").asString()).contains("'maybe'", "yes, no, unknown");
    assertThat(problem(post("/api/v1/plans", "{\"challenges\": [], \"role\": \"both\"}"), "invalid-body")
        .get("pointer").asString()).isEqualTo("/challenges");
    JsonNode uk = ok(post("/api/v1/plans", "{\"challenges\": [\"infidelity\"], \"role\": \"both\", \"region\": \"UK\", "
        + "\"flags\": {\"immediate-danger\": \"yes\"}}"), false);
    assertThat(uk.get("safety").get("items").get(0).get("emergencyNumber").get("numbers").get(0).asString())
        .isEqualTo("999");
    JsonNode unplaced = ok(post("/api/v1/plans", "{\"challenges\": [\"infidelity\"], \"role\": \"both\", "
        + "\"region\": \"ZZ\", \"flags\": {\"immediate-danger\": \"yes\"}}"), false);
    assertThat(unplaced.get("safety").get("items").get(0).get("elsewhere")).isNotNull();
    // No danger said, and the region a spelling no one can place: still a plan, with every number.
    JsonNode quiet = ok(post("/api/v1/plans", "{\"challenges\": [\"infidelity\"], \"role\": \"hurt-partner\", "
        + "\"region\": \"Narnia\"}"), false);
    assertThat(quiet.get("phases").size()).isPositive();
    assertThat(quiet.get("safety").toString()).contains("\"elsewhere\"", "\"999\"", "\"911\"");
    assertThat(problem(post("/api/v1/plans", "{\"challenges\": \"infidelity\", \"role\": \"both\"}"), "invalid-body")
        .get("detail").asString()).contains("array of strings");
    JsonNode extra = problem(post("/api/v1/plans", "{\"challenges\": [\"infidelity\"], \"role\": \"both\", \"rol\": 1}"),
        "invalid-body");
    assertThat(extra.get("pointer").asString()).isEqualTo("/rol");
    assertThat(problem(post("/api/v1/plans", "{\"challenges\": [\"infidelity\"], \"role\": \"both\", \"role\": \"both\"}"),
        "invalid-body").get("detail").asString()).contains("Duplicate");
    problem(post("/api/v1/plans", "[1, 2]"), "invalid-body");
    problem(post("/api/v1/plans", ""), "invalid-body");
    assertThat(server.send("POST", "/api/v1/plans", "challenges=infidelity", "Content-Type",
        "application/x-www-form-urlencoded").statusCode()).isEqualTo(415);
  }

  @Test
  void theCheckInListsItsQuestionsPrivacyFirstThenSafety() {
    JsonNode questions = ok(server.get("/api/v1/checkin/questions"), true);
    assertThat(questions.toString()).isEqualTo(AtlasJson.checkIn(atlas.checkIn()).toString());
    assertThat(questions.get("questions").get(0).get("id").asString()).isEqualTo("privately");
    assertThat(questions.get("questions").get(2).get("section").asString()).isEqualTo("safety");
  }

  @Test
  void theWhereAnswerSetsTheRegionOfTheNumbersAndARegionItCannotPlaceNeverBlocks() {
    JsonNode gb = ok(post("/api/v1/checkin", "{\"answers\": {\"danger-now\": \"yes\", \"where\": \"gb\"}, "
        + "\"region\": \"US\"}"), false);
    assertThat(gb.get("safety").get("items").get(0).get("emergencyNumber").get("numbers").get(0).asString())
        .isEqualTo("999");
    JsonNode unplaced = ok(post("/api/v1/checkin", "{\"answers\": {\"danger-now\": \"yes\"}, \"region\": \"XX\"}"),
        false);
    assertThat(unplaced.get("safety").get("items").get(0).get("elsewhere")).isNotNull();
  }

  @Test
  void aDangerAnswerEndsTheCheckInWithResourcesOnly() {
    JsonNode stop = ok(post("/api/v1/checkin", "{\"answers\": {\"danger-now\": \"yes\"}, \"region\": \"AU\"}"), false);
    assertThat(stop.get("status").asString()).isEqualTo("stop");
    assertThat(stop.has("plan")).isFalse();
    assertThat(stop.get("safety").get("items").get(0).get("emergencyNumber").get("numbers").get(0).asString())
        .isEqualTo("000");
    JsonNode planned = ok(post("/api/v1/checkin", """
        {"answers": {"danger-now": "no", "who-you-are": "not-sure", "what-happened": ["cheating"]}}
        """), false);
    assertThat(planned.get("status").asString()).isEqualTo("planned");
    assertThat(planned.toString()).isEqualTo(AtlasJson.checkInStep(atlas.checkIn().run(
        Map.of("danger-now", List.of("no"), "who-you-are", List.of("not-sure"), "what-happened", List.of("cheating")),
        Region.INTERNATIONAL)).toString());
  }

  @Test
  void checkInMistakesAreNamed() {
    assertThat(problem(post("/api/v1/checkin", "{\"answers\": {\"danger-nw\": \"no\"}}"), "invalid-body")
        .get("detail").asString()).contains("'danger-nw'", "danger-now");
    assertThat(problem(post("/api/v1/checkin", "{\"answers\": {\"danger-now\": \"perhaps\"}}"), "invalid-body")
        .get("detail").asString()).contains("'perhaps'");
    assertThat(problem(post("/api/v1/checkin", "{\"answers\": {\"danger-now\": 1}}"), "invalid-body")
        .get("pointer").asString()).isEqualTo("/answers/danger-now");
    problem(post("/api/v1/checkin", "{\"answers\": {}, \"region\": 7}"), "invalid-body");
  }

  @Test
  void resourcesComeByRegionWithTheInternationalDirectoryAsDefault() {
    JsonNode ca = ok(server.get("/api/v1/resources?region=ca"), true);
    Region canada = Region.of("CA");
    assertThat(ca.toString()).isEqualTo(AtlasJson.resources(canada, atlas.emergencyCall(canada),
        atlas.resources(canada)).toString());
    assertThat(ok(server.get("/api/v1/resources"), true).get("region").asString()).isEqualTo("INTL");
    assertThat(ok(server.get("/api/v1/resources?region=UK"), true).get("region").asString()).isEqualTo("GB");
    assertThat(ok(server.get("/api/v1/resources?region=Scotland"), true).get("emergencyNumber").get("numbers").get(0)
        .asString()).isEqualTo("999");
    JsonNode unplaced = ok(server.get("/api/v1/resources?region=Narnia"), true);
    assertThat(unplaced.get("region").asString()).isEqualTo("INTL");
    assertThat(unplaced.get("elsewhere").valueStream().map(n -> n.get("numbers").get(0).asString()).toList())
        .contains("911", "999", "000");
  }

  @Test
  void scenariosAndANamedSimulationAnswerLikeTheCommandLine() {
    JsonNode scenarios = ok(server.get("/api/v1/scenarios"), true);
    assertThat(scenarios.toString()).isEqualTo(AtlasJson.scenarios(atlas.scenarios()).toString());
    Scenario early = atlas.scenario("early-breach").orElseThrow();
    JsonNode run = ok(post("/api/v1/simulations", "{\"scenario\": \"early-breach\", \"steps\": 150, \"seed\": 3}"), false);
    assertThat(run.toString()).isEqualTo(AtlasJson.simulation(atlas.simulate(early.withSteps(150).withSeed(3))).toString());
    assertThat(run.get("notice").asString()).isEqualTo(Simulation.NOTICE);
    assertThat(run.get("trajectory")).hasSize(151);
  }

  @Test
  void aWrittenScenarioRuns() {
    JsonNode run = ok(post("/api/v1/simulations", """
        {"id": "mine", "title": "Mine", "steps": 30,
         "events": [{"at": 5, "type": "violation", "violation": "competence", "severity": 0.4, "disclosure": "disclosed"},
                    {"at": 6, "type": "response", "response": "apology"}]}
        """), false);
    assertThat(run.get("scenario").get("id").asString()).isEqualTo("mine");
    assertThat(run.get("trajectory")).hasSize(31);
  }

  @Test
  void simulationMistakesAreSpecific() {
    JsonNode unknownType = problem(post("/api/v1/simulations",
        "{\"id\": \"x\", \"title\": \"X\", \"steps\": 10,\n \"events\": [{\"at\": 2, \"type\": \"hug\"}]}"), "invalid-body");
    assertThat(unknownType.get("detail").asString()).contains("'hug'", "line 2");
    JsonNode located = unknownType.get("problems").get(0);
    assertThat(located.get("line").asInt()).isEqualTo(2);
    assertThat(located.get("pointer").asString()).isEqualTo("/events/0/type");
    assertThat(problem(post("/api/v1/simulations", "{\"id\": \"x\", \"title\": \"X\", \"steps\": -5}"), "invalid-body")
        .get("detail").asString()).contains("-5");
    assertThat(problem(post("/api/v1/simulations", "{\"id\": \"x\", \"title\": \"X\", \"steps\": 10001}"),
        "invalid-body").get("detail").asString()).contains("10001", "10000");
    assertThat(problem(post("/api/v1/simulations", "{\"scenario\": \"early-breach\", \"steps\": -1}"), "invalid-body")
        .get("pointer").asString()).isEqualTo("/steps");
    assertThat(problem(post("/api/v1/simulations", "{\"scenario\": \"early-breach\", \"steps\": 10001}"), "invalid-body")
        .get("detail").asString()).contains("1 to 10000");
    JsonNode unknown = problem(post("/api/v1/simulations", "{\"scenario\": \"early-beach\"}"), "invalid-body");
    assertThat(unknown.get("suggestions").get(0).asString()).isEqualTo("early-breach");
    assertThat(problem(post("/api/v1/simulations", "{\"scenario\": \"early-breach\", \"weeks\": 3}"), "invalid-body")
        .get("detail").asString()).contains("'weeks'", "steps");
    assertThat(problem(post("/api/v1/simulations", "{\"scenario\": \"early-breach\""), "invalid-body")
        .get("detail").asString()).contains("not valid JSON", "line 1");
    assertThat(problem(post("/api/v1/simulations", "{\"scenario\": 7}"), "invalid-body").get("detail").asString())
        .contains("must be a string");
  }

  /**
   * Steps and a seed without a scenario were read as a scenario written out, and answered "Missing
   * required field 'id'" at pointer "": the named form was meant. It is answered as a null scenario
   * is, naming both forms.
   */
  @Test
  void stepsWithoutAScenarioAskForTheScenarioInEitherForm() {
    for (String body : List.of("{\"steps\": 5, \"seed\": 3}", "{\"scenario\": null, \"steps\": 5}", "{}")) {
      JsonNode missing = problem(post("/api/v1/simulations", body), "invalid-body");
      assertThat(missing.get("pointer").asString()).as(body).isEqualTo("/scenario");
      assertThat(missing.get("detail").asString()).as(body).contains("'scenario' is required", "early-breach",
          "written out").doesNotContain("'id'");
    }
  }
  /**
   * A written scenario's bad id was quoted whole ("scenario id '<16 KiB>' must be lower-kebab-case"),
   * and so were an unknown field's name and an unknown event type: each is cut to 40 characters with
   * its bidirectional controls written out, as every error quotes what was sent.
   */
  @Test
  void aLongWrittenScenarioValueIsQuotedShort() {
    String longId = "\\u202E" + "X".repeat(5_000);
    for (String body : List.of("{\"id\": \"" + longId + "\", \"title\": \"X\", \"steps\": 10}",
        // a key: YAML reads an implicit key of at most 1,024 characters
        "{\"id\": \"x\", \"title\": \"X\", \"steps\": 10, \"" + longId.substring(0, 500) + "\": 1}",
        "{\"id\": \"x\", \"title\": \"X\", \"steps\": 10, \"events\": [{\"at\": 2, \"type\": \"" + longId + "\"}]}")) {
      String detail = problem(post("/api/v1/simulations", body), "invalid-body").get("detail").asString();
      assertThat(detail).as(body.substring(0, 30)).doesNotContain("X".repeat(41)).doesNotContain("\u202E")
          .contains("\\u202E").hasSizeLessThan(1_000);
    }
  }

  /**
   * A scenario written out without its id but with its starting state or partnerHarm was read as the
   * named form and told it lacked 'scenario': any member but scenario, steps and seed means written.
   */
  @Test
  void aWrittenScenarioWithoutAnIdIsToldItNeedsOne() {
    for (String body : List.of("{\"steps\": 5, \"partnerHarm\": true}",
        "{\"steps\": 5, \"initial\": {\"trust\": 0.5}}")) {
      JsonNode missing = problem(post("/api/v1/simulations", body), "invalid-body");
      assertThat(missing.get("detail").asString()).as(body).contains("'id'").doesNotContain("'scenario' is required");
    }
  }
}
