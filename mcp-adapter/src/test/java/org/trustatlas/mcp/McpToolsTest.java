package org.trustatlas.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceRequest;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceResult;
import io.modelcontextprotocol.spec.McpSchema.Resource;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.content.json.AtlasJson;
import tools.jackson.databind.JsonNode;

/**
 * The SDK's own client against the server over a real socket: every tool, resources, errors that
 * suggest the nearest valid value, and the safety block first. Each successful call has also passed
 * the SDK's check of its structured content against the tool's output schema (a failure would be an
 * error result).
 */
class McpToolsTest {

  private static final TrustAtlas ATLAS = TrustAtlas.bundled();
  private static EndpointServer server;
  private static McpSyncClient client;

  @BeforeAll
  static void connect() throws Exception {
    server = EndpointServer.start(new McpHttpEndpoint.Provider().create(ATLAS));
    client = McpClient.sync(HttpClientStreamableHttpTransport.builder(server.base()).endpoint("/mcp").build())
        .requestTimeout(Duration.ofSeconds(60)).build();
    client.initialize();
  }

  @AfterAll
  static void disconnect() {
    client.closeGracefully();
    server.close();
  }

  @Test
  void thePlanToolNamesEveryRoleAndAsksEverySafetyQuestionInThePacksWordsAndOrder() {
    Tool plan = client.listTools().tools().stream().filter(t -> t.name().equals("plan")).findFirst().orElseThrow();
    String schema = AtlasJson.compact(AtlasJson.mapper().valueToTree(plan.inputSchema()));
    var wording = ATLAS.wording();
    for (var role : wording.roles()) {
      assertThat(schema).contains(role.role().slug() + " (" + role.name() + ")");
    }
    int previous = -1;
    for (var question : wording.questions()) {
      int at = schema.indexOf(question.flag().slug() + ": " + question.question());
      assertThat(at).as(question.flag().slug()).isGreaterThan(previous);
      previous = at;
    }
  }

  @Test
  void everyToolHasADescriptionAndInputAndOutputSchemasOfObjects() {
    List<Tool> tools = client.listTools().tools();
    assertThat(tools).extracting(Tool::name).containsExactly("search", "show_concept", "related", "plan",
        "resources", "checkin_questions", "checkin_answer", "scenarios", "simulate");
    for (Tool tool : tools) {
      assertThat(tool.description()).as(tool.name()).hasSizeGreaterThan(100);
      assertThat(tool.inputSchema()).as(tool.name()).containsEntry("type", "object");
      assertThat(tool.outputSchema()).as(tool.name()).containsEntry("type", "object");
      assertThat(AtlasJson.compact(AtlasJson.mapper().valueToTree(tool.outputSchema())))
          .as("self-contained: no reference to another file").doesNotContain(".json#", "\"$id\"");
      assertThat(tool.annotations().readOnlyHint()).isTrue();
    }
    assertThat(client.getServerInstructions()).contains("safety block", "emergency number");
  }

  @Test
  void searchTurnsAPersonsWordsIntoConcepts() {
    JsonNode result = structured(call("search", Map.of("query", "my partner cheated on me", "limit", 3)));
    assertThat(result.get("hits").get(0).get("id").asString()).isEqualTo("infidelity");
    assertThat(result.get("hits")).hasSizeLessThanOrEqualTo(3);
  }

  @Test
  void theTextOfAResultIsItsStructuredContentAsJson() {
    CallToolResult result = call("search", Map.of("query", "flashbacks during sex"));
    assertThat(AtlasJson.mapper().readTree(text(result))).isEqualTo(structured(result));
  }

  @Test
  void showConceptCarriesTheSafetyRulesCautions() {
    JsonNode page = structured(call("show_concept", Map.of("id", "couples-therapy")));
    assertThat(page.propertyNames()).containsExactly("concept", "cautions", "links", "quotes");
    assertThat(page.get("concept").get("id").asString()).isEqualTo("couples-therapy");
    assertThat(page.get("cautions").get(0).asString()).contains("afraid");
  }

  @Test
  void relatedReadsOnlyTheAskedKindAndDirection() {
    JsonNode result = structured(call("related", Map.of("id", "infidelity", "relation", "undermines",
        "direction", "outgoing")));
    assertThat(result.get("concept").get("id").asString()).isEqualTo("infidelity");
    assertThat(result.get("links")).isNotEmpty().allSatisfy(link -> {
      assertThat(link.get("relation").asString()).isEqualTo("undermines");
      assertThat(link.get("direction").asString()).isEqualTo("outgoing");
    });
  }

  @Test
  void planPutsTheSafetyBlockFirstInTheTextAndTheStructuredContent() {
    CallToolResult result = call("plan", Map.of("challenges", List.of("infidelity"), "role", "hurt-partner",
        "flags", Map.of("fear-of-partner", "yes"), "region", "GB"));
    JsonNode plan = structured(result);
    assertThat(plan.propertyNames().iterator().next()).isEqualTo("safety");
    assertThat(text(result)).startsWith("{\"safety\":");
    assertThat(((Map<?, ?>) result.structuredContent()).keySet().iterator().next()).isEqualTo("safety");
    assertThat(plan.get("safety").get("items").get(0).get("type").asString()).isEqualTo("emergency-number");
    assertThat(plan.get("safety").get("items").get(0).get("emergencyNumber").get("region").asString()).isEqualTo("GB");
    assertThat(text(result)).as("partner harm never yields couples therapy as a step")
        .doesNotContain("\"strategy\":\"couples-therapy\"");
  }

  @Test
  void aPlanIsNeverWithheldOverARegionItCannotPlace() {
    CallToolResult result = call("plan", Map.of("challenges", List.of("infidelity"), "role", "hurt-partner",
        "region", "Narnia"));
    assertThat(result.isError()).isNotEqualTo(Boolean.TRUE);
    JsonNode plan = structured(result);
    assertThat(plan.get("phases").size()).isPositive();
    assertThat(plan.get("safety").toString()).contains("\"elsewhere\"", "\"999\"", "\"911\"");
  }

  @Test
  void resourcesGiveTheRegionsEmergencyNumberAndServices() {
    JsonNode result = structured(call("resources", Map.of("region", "GB")));
    assertThat(result.get("region").asString()).isEqualTo("GB");
    assertThat(result.get("emergencyNumber").get("numbers").toString()).contains("999");
    assertThat(result.get("services")).isNotEmpty();
  }

  @Test
  void resourcesUnderstandUkAsGreatBritain() {
    JsonNode result = structured(call("resources", Map.of("region", "UK")));
    assertThat(result.get("region").asString()).isEqualTo("GB");
    assertThat(result.get("emergencyNumber").get("numbers").toString()).contains("999");
  }

  @Test
  void resourcesForARegionItCannotPlaceAreTheInternationalDirectoryNeverAnError() {
    CallToolResult result = call("resources", Map.of("region", "Narnia"));
    assertThat(result.isError()).isNotEqualTo(Boolean.TRUE);
    JsonNode found = structured(result);
    assertThat(found.get("region").asString()).isEqualTo("INTL");
    assertThat(found.get("emergencyNumber").get("numbers").toString()).contains("112");
    assertThat(found.get("elsewhere").toString()).as("every covered country's number").contains("999", "911");
  }

  @Test
  void aCheckInAnswerIsNeverRefusedOverARegionItCannotPlace() {
    CallToolResult result = call("checkin_answer", Map.of("answers", Map.of("danger-now", "yes"),
        "region", "Narnia"));
    assertThat(result.isError()).isNotEqualTo(Boolean.TRUE);
    assertThat(structured(result).toString()).contains("\"112\"");
  }

  @Test
  void aSearchInDangerousWordsCarriesTheRegionsSafetyBlockBeforeTheHits() {
    CallToolResult result = call("search", Map.of("query", "he chokes me", "region", "UK"));
    JsonNode found = structured(result);
    assertThat(found.propertyNames()).containsSubsequence("danger", "safety", "hits");
    assertThat(found.get("danger").get(0).get("id").asString()).isEqualTo("strangulation");
    JsonNode first = found.get("safety").get("items").get(0);
    assertThat(first.get("emergencyNumber").get("numbers").toString()).contains("999");
  }

  @Test
  void aSearchAboutAChildsHarmIsChildAtRiskAndAPartnersStaysPartnerHarm() {
    JsonNode child = structured(call("search", Map.of("query", "im 12 my dad hits me", "region", "GB")));
    assertThat(child.get("safety").get("level").asString()).isEqualTo("child-at-risk");
    assertThat(child.get("safety").get("items").get(0).has("emergencyNumber")).isTrue();
    JsonNode partner = structured(call("search", Map.of("query", "he chokes me", "region", "GB")));
    assertThat(partner.get("safety").get("level").asString()).isEqualTo("partner-harm");
  }

  @Test
  void aRegionNotRecognisedNeverHidesTheNumbersWhenTheWordsAreDangerous() {
    JsonNode found = structured(call("search", Map.of("query", "i wanna die", "region", "Narnia")));
    assertThat(found.get("safety").get("items").get(0).get("emergencyNumber").get("numbers").toString())
        .contains("112");
  }

  @Test
  void theCheckInAsksAboutPrivacyThenSafetyBeforeAnythingElse() {
    JsonNode questions = structured(call("checkin_questions", Map.of())).get("questions");
    assertThat(questions.get(0).get("section").asString()).isEqualTo("setting");
    List<String> sections = new java.util.ArrayList<>();
    questions.forEach(question -> sections.add(question.get("section").asString()));
    assertThat(sections).containsSubsequence("setting", "safety", "situation")
        .doesNotContainSubsequence("safety", "setting").doesNotContainSubsequence("situation", "safety");
    assertThat(questions.findValuesAsString("id")).contains("danger-now");
  }

  @Test
  void aDangerAnswerEndsTheCheckInAtOnceWithTheSafetyBlock() {
    JsonNode step = structured(call("checkin_answer", Map.of("answers", Map.of("danger-now", "yes",
        "what-happened", List.of("cheating")), "region", "GB")));
    assertThat(step.get("status").asString()).isEqualTo("stop");
    assertThat(step.get("safety").get("items").get(0).get("type").asString()).isEqualTo("emergency-number");
  }

  @Test
  void checkInAnswersThatNameAChallengeEndInAPlan() {
    JsonNode step = structured(call("checkin_answer", Map.of("answers", Map.of("danger-now", "no",
        "afraid-of-partner", "no", "what-happened", List.of("cheating"), "who-you-are", "hurt-partner"))));
    assertThat(step.get("status").asString()).isEqualTo("planned");
    assertThat(step.get("plan").propertyNames().iterator().next()).isEqualTo("safety");
  }

  @Test
  void scenariosListTheNamedRunsAndSimulateRunsOneWithItsNotice() {
    JsonNode scenarios = structured(call("scenarios", Map.of())).get("scenarios");
    assertThat(scenarios).isNotEmpty();
    String id = scenarios.get(0).get("id").asString();
    // Longer than any bundled scenario: an affair's recovery now runs over two years of weeks.
    JsonNode run = structured(call("simulate", Map.of("scenario", id, "steps", 156, "seed", 7)));
    assertThat(run.get("trajectory")).hasSizeGreaterThanOrEqualTo(156);
    assertThat(run.get("notice").asString()).contains("not a prediction");
  }

  @Test
  void simulateRunsAScenarioWrittenOut() {
    JsonNode run = structured(call("simulate", Map.of("definition", Map.of("id", "mine", "title", "Mine",
        "steps", 8, "events", List.of(Map.of("at", 2, "type", "positive-act", "magnitude", 0.3))))));
    assertThat(run.get("scenario").get("id").asString()).isEqualTo("mine");
  }

  /** A plan's aggravators and challenges are suggested from their own kind, and nothing when nothing is close. */
  @Test
  void aPlansUnknownIdIsSuggestedOnlyIdsOfItsOwnKind() {
    CallToolResult far = call("plan", Map.of("challenges", List.of("infidelity"), "role", "both", "aggravators",
        List.of("x")));
    assertThat(text(far)).contains("unknown aggravator 'x'").doesNotContain("did you mean");
    assertError(call("plan", Map.of("challenges", List.of("infidelity"), "role", "both", "aggravators",
        List.of("pregnancyy"))), "did you mean 'pregnancy'?");
    CallToolResult challenge = call("plan", Map.of("challenges", List.of("x"), "role", "both"));
    assertThat(text(challenge)).contains("unknown challenge 'x'").doesNotContain("did you mean");
  }

  @Test
  void anUnknownConceptIsAToolErrorThatSuggestsTheConceptTheAliasNames() {
    CallToolResult result = call("show_concept", Map.of("id", "cheating"));
    assertThat(result.isError()).isTrue();
    assertThat(text(result)).contains("unknown concept 'cheating'", "did you mean 'infidelity'");
  }

  @Test
  void badArgumentsAreToolErrorsNamingTheNearestValidValue() {
    assertError(call("show_concept", Map.of("id", "infidelty")), "did you mean 'infidelity'");
    assertError(call("search", Map.of("qurey", "affair")), "unknown argument 'qurey'", "did you mean 'query'");
    assertError(call("plan", Map.of("challenges", List.of("infidelity"), "role", "surviver")),
        "did you mean 'survivor'");
    assertError(call("plan", Map.of("challenges", List.of("infidelty"), "role", "both")),
        "did you mean 'infidelity'");
    assertError(call("plan", Map.of("challenges", List.of("infidelity"), "role", "both", "flags",
        Map.of("fear-of-partner", "maybe"))), "flags.fear-of-partner");
    assertError(call("search", Map.of("query", "my partner cheated", "region", "Narnia")), "region");
    assertError(call("related", Map.of("id", "infidelity", "relation", "undermine")), "did you mean 'undermines'");
    assertError(call("simulate", Map.of("scenario", "work-stres")), "did you mean 'work-stress'");
    assertError(call("simulate", Map.of("scenario", "work-stress", "steps", 0)), "out of range", "1 to 10000");
    assertError(call("checkin_answer", Map.of("answers", Map.of("danger-nwo", "no"))), "did you mean 'danger-now'");
    assertError(call("search", Map.of("query", 42)), "expected a string");
  }

  /**
   * A tool error quotes what was sent as every other front end's errors do (Quote): at most 40
   * characters, with bidirectional controls escaped. Unknown argument names, enum values, concept ids
   * and scenario ids were echoed whole (a value of 5,000 characters came back in full) and with
   * U+202E as sent, which turns the rest of the message around for whoever reads it.
   */
  @Test
  void aToolErrorQuotesWhatWasSentShortAndWithBidiControlsEscaped() {
    String sent = "\u202E" + "x".repeat(5_000);
    for (CallToolResult result : List.of(call("search", Map.of(sent, "affair")),
        call("related", Map.of("id", "infidelity", "relation", sent)),
        call("plan", Map.of("challenges", List.of(sent), "role", "both")),
        call("simulate", Map.of("scenario", sent)),
        // a role, a region and a check-in choice were quoted whole, or with U+202E raw, by core's parsers
        call("plan", Map.of("challenges", List.of("infidelity"), "role", sent)),
        call("search", Map.of("query", "trust", "region", sent)),
        call("checkin_answer", Map.of("answers", Map.of("danger-now", sent))),
        call("checkin_answer", Map.of("answers", Map.of(sent, "no"))))) {
      assertThat(result.isError()).as(() -> text(result)).isTrue();
      assertThat(text(result)).doesNotContain("\u202E").contains("\\u202E").doesNotContain("x".repeat(41))
          .hasSizeLessThan(2_000);
    }
  }

  @Test
  void aWrittenScenarioWithAMistakeIsAToolErrorThatPointsAtIt() {
    assertError(call("simulate", Map.of("definition", Map.of("id", "mine", "title", "Mine", "steps", 8,
        "events", List.of(Map.of("at", 2, "type", "positive-akt"))))), "definition/events/0");
  }

  @Test
  void aRunOverTheSimulatorsCostLimitIsAToolErrorRefusedBeforeAnyWork() {
    Map<String, Object> weekly = Map.of("at", 0, "every", 1, "until", 9999, "type", "positive-act", "magnitude", 0.1);
    CallToolResult result = call("simulate", Map.of("definition", Map.of("id", "big", "title", "Big",
        "steps", 10000, "events", List.of(weekly, weekly))));
    assertThat(result.isError()).as(() -> text(result)).isTrue();
    assertThat(text(result)).startsWith("simulate: definition: ");
  }

  @Test
  void everyConceptIsAResourceAndReadsAsItsPage() {
    List<Resource> resources = client.listResources().resources();
    assertThat(resources).extracting(Resource::uri).contains(AtlasResources.ARTICLE, AtlasResources.DIRECTORY,
        "atlas://concepts/infidelity");
    assertThat(resources.stream().filter(r -> r.uri().startsWith(AtlasResources.CONCEPTS)))
        .hasSize(ATLAS.atlas().concepts().size());
    assertThat(client.listResourceTemplates().resourceTemplates()).singleElement()
        .satisfies(t -> assertThat(t.uriTemplate()).isEqualTo("atlas://concepts/{id}"));
    JsonNode page = read("atlas://concepts/infidelity");
    assertThat(page.get("concept").get("label").asString()).isEqualTo("Infidelity");
  }

  @Test
  void theArticleAndTheResourceDirectoryAreResources() {
    assertThat(read(AtlasResources.ARTICLE).get("sentences").get(0).get("id").asString()).isEqualTo("S01");
    JsonNode regions = read(AtlasResources.DIRECTORY).get("regions");
    assertThat(regions.get(0).get("region").asString()).isEqualTo("INTL");
    assertThat(regions.toString()).contains("\"region\":\"GB\"");
  }

  @Test
  void readingAnUnknownConceptIsNotFoundWithTheNearestIds() {
    assertThatThrownBy(() -> client.readResource(new ReadResourceRequest("atlas://concepts/infidelty")))
        .isInstanceOf(McpError.class).hasMessageContaining("did you mean 'infidelity'");
  }

  private static CallToolResult call(String tool, Map<String, Object> arguments) {
    return client.callTool(new CallToolRequest(tool, arguments));
  }

  private static JsonNode structured(CallToolResult result) {
    assertThat(result.isError()).as(() -> text(result)).isFalse();
    return AtlasJson.mapper().valueToTree(result.structuredContent());
  }

  private static String text(CallToolResult result) {
    return ((TextContent) result.content().get(0)).text();
  }

  private static void assertError(CallToolResult result, String... fragments) {
    assertThat(result.isError()).as(() -> text(result)).isTrue();
    assertThat(result.structuredContent()).isNull();
    assertThat(text(result)).contains(fragments);
  }

  private static JsonNode read(String uri) {
    ReadResourceResult result = client.readResource(new ReadResourceRequest(uri));
    TextResourceContents contents = (TextResourceContents) result.contents().get(0);
    assertThat(contents.mimeType()).isEqualTo("application/json");
    return AtlasJson.mapper().readTree(contents.text());
  }
}
