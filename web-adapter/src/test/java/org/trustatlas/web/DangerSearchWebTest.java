package org.trustatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.content.json.AtlasJson;
import tools.jackson.databind.JsonNode;

/**
 * Danger in a reader's words, on the search page and in the API: the emergency number for the
 * reader's region and the right line come before any topic, also when no topic matches.
 */
class DangerSearchWebTest {

  private static TestServer bundled;
  private static TestServer minimal;

  @BeforeAll
  static void start() {
    bundled = TestServer.start(TrustAtlas.bundled(), WebOptions.defaults());
    minimal = TestServer.start(TestServer.minimalPack(), WebOptions.defaults());
  }

  @AfterAll
  static void stop() {
    bundled.close();
    minimal.close();
  }

  private static String encode(String words) {
    return URLEncoder.encode(words, StandardCharsets.UTF_8);
  }

  private static JsonNode json(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return AtlasJson.mapper().readTree(response.body());
  }

  /** Every kind of danger, on a pack with none of the danger topics: no hit, and still a number first. */
  @TestFactory
  List<DynamicTest> everyKindOfDangerShowsANumberFirstOnThePageAndInTheApiWithZeroHits() {
    return TrustAtlas.bundled().dangerVocabulary().categories().stream().map(category -> {
      String words = category.phrases().get(0).replaceAll("[(){}]", "");
      return DynamicTest.dynamicTest(category.id(), () -> {
        String html = minimal.get("/search?region=AU&q=" + encode(words)).body();
        assertThat(html).contains("href=\"tel:000\"");
        assertThat(html.indexOf("href=\"tel:000\"")).isLessThan(html.indexOf("id=\"results\""));
        HttpResponse<String> api = minimal.get("/api/v1/search?region=AU&q=" + encode(words));
        JsonNode body = json(api);
        assertThat(api.body().indexOf("\"safety\"")).isLessThan(api.body().indexOf("\"hits\""));
        assertThat(body.get("safety").get("items").get(0).get("emergencyNumber").get("numbers").get(0).asString())
            .isEqualTo("000");
        assertThat(body.get("danger").get(0).get("id").asString()).isEqualTo(category.id());
      });
    }).toList();
  }

  @Test
  void aPostedSearchUsesTheBrowsersCountryForTheNumber() {
    HttpResponse<String> page = bundled.send("POST", "/search", "q=he+hits+me", "Content-Type",
        "application/x-www-form-urlencoded", "Accept-Language", "en-GB");
    String html = page.body();
    assertThat(html).contains("href=\"tel:999\"", "National Domestic Abuse Helpline");
    assertThat(html.indexOf("href=\"tel:999\"")).isLessThan(html.indexOf("href=\"/concepts/intimate-partner-abuse\""));
    assertThat(html).doesNotContain("If you are in danger now, <a href=\"/resources\">get help</a>.");
  }

  @Test
  void anEverydaySearchShowsTopicsFirstAndClosesWithTheNumber() {
    String html = bundled.get("/search?q=cheating&region=CA").body();
    assertThat(html.indexOf("href=\"/concepts/infidelity\"")).isLessThan(html.indexOf("href=\"tel:911\""));
  }

  @Test
  void theApiNamesAChildsHarmAsChildAtRiskAndAPartnersAsPartnerHarm() {
    assertThat(json(bundled.get("/api/v1/search?region=GB&q=" + encode("im 12 my dad hits me")))
        .get("safety").get("level").asString()).isEqualTo("child-at-risk");
    assertThat(json(bundled.get("/api/v1/search?region=GB&q=" + encode("my boyfriend hits me")))
        .get("safety").get("level").asString()).isEqualTo("partner-harm");
    assertThat(json(bundled.get("/api/v1/search?region=GB&q=" + encode("i want to die")))
        .get("safety").get("level").asString()).isEqualTo("emergency");
  }

  @Test
  void theApiTakesARegionByNameAndShowsEveryNumberForOneItCannotPlaceWhenThereIsDanger() {
    JsonNode uk = json(bundled.get("/api/v1/search?q=i+want+to+die&region=UK"));
    assertThat(uk.get("safety").get("items").get(0).get("emergencyNumber").get("numbers").get(0).asString())
        .isEqualTo("999");
    assertThat(uk.get("safety").get("items").get(2).get("resource").get("id").asString()).isEqualTo("gb-samaritans");
    JsonNode unplaced = json(bundled.get("/api/v1/search?q=he+chokes+me&region=Narnia"));
    assertThat(unplaced.get("safety").get("items").get(0).get("elsewhere").size()).isEqualTo(9);
    HttpResponse<String> refused = bundled.get("/api/v1/search?q=cheating&region=Narnia");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("Narnia", "\"parameter\":\"region\"");
  }

  @Test
  void dangerWordsNeverLeadToUnrelatedTopics() {
    assertThat(bundled.get("/search?q=choking").body()).doesNotContain("/concepts/dyadic-coping");
    assertThat(bundled.get("/search?q=cutting+myself").body()).doesNotContain("/concepts/ending-the-affair");
  }
}
