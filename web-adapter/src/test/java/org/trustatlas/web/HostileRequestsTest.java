package org.trustatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.trustatlas.content.json.AtlasJson;
import org.trustatlas.web.http.Problem;
import tools.jackson.databind.JsonNode;

/**
 * Requests a client may send by mistake or on purpose that were answered as if fine: an Accept the API
 * cannot meet, parameters a route without any ignored, text that is no Unicode, a near-miss id.
 */
class HostileRequestsTest {

  @AutoClose
  private static final TestServer server = TestServer.start();

  private static JsonNode problem(HttpResponse<String> response, int status, String type) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        t -> assertThat(t).startsWith(Problem.MEDIA_TYPE));
    JsonNode body = AtlasJson.mapper().readTree(response.body());
    assertThat(body.get("type").asString()).isEqualTo("urn:trustatlas:problem:" + type);
    return body;
  }

  private static HttpResponse<String> postJson(String path, String body) {
    return server.send("POST", path, body, "Content-Type", "application/json");
  }

  @Test
  void anAcceptTheApiCannotMeetIs406NamingWhatItOffers() {
    for (String path : new String[] {"/api/v1/concepts", "/api/v1/concepts/faith", "/health", "/health/live",
        "/api/v1/health", "/api/v1/openapi.json"}) {
      for (String accept : new String[] {"application/xml", "text/html", "text/*", "application/json;q=0",
          "image/png, text/plain;q=0.5", "application/problem+json", "application/json;q=0, */*"}) {
        JsonNode body = problem(server.get(path, "Accept", accept), 406, "not-acceptable");
        assertThat(body.get("status").asInt()).isEqualTo(406);
        assertThat(body.get("detail").asString()).as(path + " " + accept).contains("application/json",
            "application/problem+json");
        assertThat(body.get("offered").asString()).isEqualTo("application/json, application/problem+json");
      }
    }
    JsonNode post = problem(server.send("POST", "/api/v1/plans", "{\"challenges\":[\"infidelity\"],\"role\":\"both\"}",
        "Content-Type", "application/json", "Accept", "application/xml"), 406, "not-acceptable");
    assertThat(post.get("detail").asString()).contains("'application/xml'");
  }

  /**
   * An Accept of nothing but separators ("Accept: ;") names no media type, as "Accept: ," does, and is
   * answered 406 as that one is; it was a 500, an index out of bounds where the range's name was read.
   * On a page, which answers HTML whatever is asked, it is no error at all.
   */
  @Test
  void anAcceptOfSeparatorsAloneIsA406NeverA500() {
    for (String accept : new String[] {";", ";;;,,,", " ; ", ";q=1", ",;"}) {
      problem(server.get("/api/v1/concepts/faith", "Accept", accept), 406, "not-acceptable");
      assertThat(server.get("/concepts/faith", "Accept", accept).statusCode()).as(accept).isEqualTo(200);
      assertThat(server.get("/concepts/nothing-here", "Accept", accept).statusCode()).as(accept).isEqualTo(404);
    }
  }

  /** A Content-Type of separators alone names no media type: 415, as a missing one is (it was a 500). */
  @Test
  void aContentTypeOfSeparatorsAloneIsA415NeverA500() {
    for (String type : new String[] {";", ";;;", " ; ", ";charset=utf-8"}) {
      problem(server.send("POST", "/api/v1/plans", "{\"challenges\":[\"infidelity\"],\"role\":\"both\"}",
          "Content-Type", type), 415, "unsupported-media-type");
      problem(server.send("POST", "/search", "q=cheating", "Content-Type", type, "Accept", "application/json"), 415,
          "unsupported-media-type");
    }
  }

  /** A 415 quotes the Content-Type sent as every problem quotes a value: at most 40 characters, escaped. */
  @Test
  void aLongContentTypeIsQuotedShortInThe415() {
    JsonNode body = problem(server.send("POST", "/api/v1/plans", "{}", "Content-Type", "text/" + "y".repeat(5_000)),
        415, "unsupported-media-type");
    assertThat(body.get("detail").asString()).contains("'text/yyy").doesNotContain("y".repeat(41));
  }

  @Test
  void everyAcceptThatAllowsJsonStillGetsIt() {
    // the last two as older Java clients and careless ones write qualities: read leniently, never refused
    for (String accept : new String[] {"*/*", "application/*", "application/json",
        "Application/JSON; charset=utf-8", "application/xml;q=0.9, application/json;q=0.1",
        "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", " application/json ;q=1.000",
        "text/html, image/gif, image/jpeg, *; q=.2, */*; q=.2", "*/*;q=0.25000"}) {
      HttpResponse<String> answer = server.get("/api/v1/concepts/faith", "Accept", accept);
      assertThat(answer.statusCode()).as(accept).isEqualTo(200);
      assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
          t -> assertThat(t).startsWith("application/json"));
    }
    assertThat(server.get("/api/v1/concepts/faith").statusCode()).isEqualTo(200);
    assertThat(server.get("/health", "Accept", "*/*").statusCode()).isEqualTo(200);
  }

  @Test
  void pagesKeepAnsweringHtmlWhateverTheAccept() {
    for (String accept : new String[] {"application/xml", "text/html", "application/json"}) {
      HttpResponse<String> page = server.get("/concepts", "Accept", accept);
      assertThat(page.statusCode()).as(accept).isEqualTo(200);
      assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    }
  }

  @Test
  void healthRoutesRefuseUnknownParametersAsEveryOtherRouteDoes() {
    for (String path : new String[] {"/health", "/health/live", "/health/ready", "/api/v1/health"}) {
      JsonNode body = problem(server.get(path + "?verbose=1"), 400, "invalid-parameter");
      assertThat(body.get("detail").asString()).as(path).contains("'verbose'", "this route takes no query parameters");
    }
  }

  @Test
  void aLoneSurrogateInABodyIsRefusedNamingWhere() {
    for (String text : new String[] {"\\ud800", "a\\udc00", "\\udc00\\ud800"}) {
      JsonNode body = problem(postJson("/api/v1/plans", "{\"challenges\":[\"infidelity\"],\"role\":\"both\","
          + "\"region\":\"" + text + "\"}"), 400, "invalid-body");
      assertThat(body.get("detail").asString()).as(text).contains("surrogate", "line 1");
      assertThat(body.get("pointer").asString()).isEqualTo("/region");
    }
    JsonNode key = problem(postJson("/api/v1/checkin", "{\"answers\":{\"\\ud83d\":\"no\"}}"), 400, "invalid-body");
    assertThat(key.get("detail").asString()).contains("surrogate");
    // a whole pair is a character like any other
    assertThat(postJson("/api/v1/plans", "{\"challenges\":[\"infidelity\"],\"role\":\"both\",\"region\":\"\\ud83d\\ude00\"}")
        .statusCode()).isEqualTo(200);
  }

  @Test
  void aChallengeInTheWrongCaseGetsADidYouMean() {
    JsonNode body = problem(postJson("/api/v1/plans", "{\"challenges\":[\"INFIDELITY\"],\"role\":\"both\"}"), 400,
        "invalid-body");
    assertThat(body.get("pointer").asString()).isEqualTo("/challenges");
    assertThat(body.get("detail").asString()).contains("'INFIDELITY'", "did you mean 'infidelity'?");
    assertThat(body.get("suggestions").get(0).asString()).isEqualTo("infidelity");
    JsonNode aggravator = problem(postJson("/api/v1/plans",
        "{\"challenges\":[\"infidelity\"],\"role\":\"both\",\"aggravators\":[\"Infidelity!\"]}"), 400, "invalid-body");
    assertThat(aggravator.get("pointer").asString()).isEqualTo("/aggravators");
    assertThat(aggravator.get("suggestions").get(0).asString()).isEqualTo("infidelity");
  }

  /**
   * A plan's challenge and a concept's path said "not a concept id" in two wordings, and only the
   * plan's named the nearest ids: one wording now, with the nearest ids where there are some.
   */
  @Test
  void anIdThatIsNoIdIsWordedAlikeInAPlanAndInAConceptsPath() {
    String inPlan = problem(postJson("/api/v1/plans", "{\"challenges\":[\"INFIDELITY\"],\"role\":\"both\"}"), 400,
        "invalid-body").get("detail").asString();
    String inPath = problem(server.get("/api/v1/concepts/INFIDELITY"), 404, "unknown-concept").get("detail").asString();

    assertThat(inPlan).isEqualTo(inPath).isEqualTo("'INFIDELITY' is not a concept id; ids are lower-case words joined "
        + "by hyphens; did you mean 'infidelity'?");
    assertThat(problem(server.get("/api/v1/concepts/Not_An_Id"), 404, "unknown-concept").get("detail").asString())
        .isEqualTo("'Not_An_Id' is not a concept id; ids are lower-case words joined by hyphens, such as 'faith'.");
  }

  /** A body refused a control character and MCP's search did too, while '?q=%1B[2J' was searched and echoed. */
  @Test
  void aControlCharacterInAQueryValueIsRefusedAsInABody() {
    for (String value : new String[] {"a%1B%5B2J", "%00", "x%7F", "%C2%9B"}) {
      JsonNode body = problem(server.get("/api/v1/search?q=" + value), 400, "invalid-parameter");
      assertThat(body.get("parameter").asString()).isEqualTo("q");
      assertThat(body.get("detail").asString()).as(value).contains("'q'", "control character U+");
    }
    problem(server.get("/api/v1/resources?region=G%1BB"), 400, "invalid-parameter");
    HttpResponse<String> page = server.get("/search?q=a%1B%5B2J", "Accept", "text/html");
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body()).contains("control character U+001B").doesNotContain("\u001B[2J");
    assertThat(server.get("/api/v1/search?q=trust%0Afaith%09x").statusCode()).isEqualTo(200);
  }

  /**
   * The home page's form posts the words GET /search reads, but it was read loosely: a control
   * character was searched and echoed, a repeated or unknown field dropped, bad percent-encoding read
   * as replacement characters.
   */
  @Test
  void theSearchFormIsReadAsStrictlyAsTheSearchQuery() {
    String[][] refused = {
        {"q=a%1B%5B2J", "control character U+001B"},
        {"q=trust&q=faith", "given 2 times"},
        {"q=trust&colour=red", "Unknown form field"},
        {"q=fa%zzith", "not correctly percent-encoded"},
        {"q=%ED%A0%80", "not UTF-8"}};
    for (String[] sent : refused) {
      HttpResponse<String> page = server.send("POST", "/search", sent[0],
          "Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html");
      assertThat(page.statusCode()).as(sent[0]).isEqualTo(400);
      assertThat(page.body()).as(sent[0]).contains(sent[1]).doesNotContain("\u001B[2J");
    }
    HttpResponse<String> fine = server.send("POST", "/search", "q=my+partner+cheated&region=GB",
        "Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html");
    assertThat(fine.statusCode()).isEqualTo(200);
    assertThat(fine.body()).contains("my partner cheated");
  }

  /** A form in another charset was checked as UTF-8: 'caf%E9' sent as ISO-8859-1 was refused as "not UTF-8". */
  @Test
  void aFormPostedInACharsetOtherThanUtf8Is415NamingTheCharset() {
    for (String charset : new String[] {"ISO-8859-1", "windows-1252", "\"latin1\""}) {
      JsonNode body = problem(server.send("POST", "/search", "q=caf%E9",
          "Content-Type", "application/x-www-form-urlencoded; charset=" + charset), 415, "unsupported-media-type");
      // named as the server reads the header, which may be in lower case
      assertThat(body.get("detail").asString()).as(charset).containsIgnoringCase("'" + charset.replace("\"", "") + "'")
          .contains("UTF-8");
    }
    for (String charset : new String[] {"UTF-8", "utf-8", "\"utf8\""}) {
      HttpResponse<String> page = server.send("POST", "/search", "q=caf%C3%A9",
          "Content-Type", "application/x-www-form-urlencoded; charset=" + charset, "Accept", "text/html");
      assertThat(page.statusCode()).as(charset).isEqualTo(200);
      assertThat(page.body()).contains("caf\u00E9");
    }
    HttpResponse<String> ascii = server.send("POST", "/search", "q=cafe", "Content-Type",
        "application/x-www-form-urlencoded; charset=US-ASCII", "Accept", "text/html");
    assertThat(ascii.statusCode()).as("US-ASCII, a part of UTF-8").isEqualTo(200);
  }

  /**
   * A page's error was a page whenever Accept held the letters "text/html", even at quality 0, below
   * JSON, or in "text/htmlx". Accept is now read by quality: a browser gets a page, and curl's
   * {@code *}{@code /*}, a JSON client or no Accept at all gets problem+json.
   */
  @Test
  void anErrorOnAPageIsAPageOnlyWhenAcceptPrefersHtmlToJson() {
    String[] page = {"text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8",
        "text/html", "text/*", "text/html, */*", "application/json;q=0.5, text/html", "TEXT/HTML; charset=utf-8"};
    String[] json = {"*/*", "application/json", "application/problem+json", "text/html;q=0, */*",
        "application/json, text/html", "text/html;q=0.5, application/json", "text/htmlx", "*/*;q=0.8, application/json",
        "image/png"};
    for (String accept : page) {
      HttpResponse<String> answer = server.get("/concepts/no-such-concept", "Accept", accept);
      assertThat(answer.statusCode()).as(accept).isEqualTo(404);
      assertThat(answer.headers().firstValue("Content-Type")).as(accept)
          .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    }
    for (String accept : json) {
      problem(server.get("/concepts/no-such-concept", "Accept", accept), 404, "unknown-concept");
    }
    problem(server.get("/concepts/no-such-concept"), 404, "unknown-concept");
  }
}
