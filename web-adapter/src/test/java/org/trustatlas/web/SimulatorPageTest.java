package org.trustatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.trustatlas.core.dynamics.Simulation;

/** The simulator page works without JavaScript: forms post, the chart comes drawn, mistakes come back in words. */
class SimulatorPageTest {

  @AutoClose
  private static final TestServer server = TestServer.start();

  private static HttpResponse<String> post(String form) {
    return server.send("POST", "/simulator", form, "Content-Type", "application/x-www-form-urlencoded");
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  void theFormListsThePacksScenariosAndSaysItIsAnIllustration() {
    HttpResponse<String> page = server.get("/simulator");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("ETag")).isPresent();
    assertThat(page.body()).contains(Simulation.NOTICE, "action=\"/simulator\" method=\"post\"",
        "id=\"scenario-small-breach\"", "A small breach and an apology", "id=\"scenario-harm-and-forgiving\"",
        "<textarea id=\"events\" name=\"events\"", "id: my-scenario", "aria-current=\"page\">Simulator")
        .doesNotContain("<svg");
    assertThat(page.body()).containsPattern("id=\"scenario-small-breach\"[^>]* checked");
  }

  @Test
  void runningANamedScenarioDrawsTheChartWithItsWordsAndTable() {
    HttpResponse<String> page = post("scenario=small-breach&steps=");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
    String html = page.body();
    assertThat(html).contains("<svg class=\"chart\"", "role=\"img\"", "<title id=\"chart-title\">",
        "series-trust", "series-distrust", "Trust starts at", Simulation.NOTICE, "<table class=\"data\"",
        "<th scope=\"row\">12</th>", "Weeks 5–12:", "a trustworthy act (size 0.4)",
        "Week 3:", "Run another scenario");
    assertThat(html.indexOf("<svg")).isLessThan(html.indexOf("What happens"));
    assertThat(html).containsPattern("id=\"scenario-small-breach\"[^>]* checked");
  }

  @Test
  void aLinkCanNameTheScenarioAndWeeks() {
    HttpResponse<String> page = server.get("/simulator?scenario=small-breach&steps=30");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(page.body()).contains("<th scope=\"row\">30</th>", "value=\"30\"");
  }

  @Test
  void refusedRepairIsShownWithItsReason() {
    String html = post("scenario=harm-and-forgiving").body();
    assertThat(html).contains("Week 4: Forgiving is not applied as repair", "Forgiving is never required", "lane-refused",
        ">Not applied<", "safety comes before repair",
        "the hurt partner forgives (not applied; the summary says why)");
  }

  @Test
  void aWrittenScenarioRuns() {
    String scenario = """
        id: mine
        title: Mine
        steps: 20
        events:
          - {at: 5, type: stressor, stressor: chronic, intensity: 0.4, weeks: 6}
        """;
    HttpResponse<String> page = post("events=" + encode(scenario));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<h2 id=\"result-title\">Mine</h2>", "chronic stress for 6 weeks",
        "lane-stressor", "id: mine");
  }

  @Test
  void aMistakeInAWrittenScenarioComesBackLocatedWithTheTextKept() {
    String scenario = "id: mine\ntitle: Mine\nsteps: 20\nevents:\n  - {at: 3, type: hug}\n";
    HttpResponse<String> page = post("events=" + encode(scenario));
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(page.body()).contains("class=\"error-summary\"", "href=\"#events\"", "Line 5, column",
        "'hug' is not one of", "type: hug").doesNotContain("<svg");
  }

  @Test
  void tooManyWeeksOrAnUnknownScenarioIsSaidNextToTheField() {
    HttpResponse<String> many = post("scenario=small-breach&steps=10001");
    assertThat(many.statusCode()).isEqualTo(400);
    assertThat(many.body()).contains("href=\"#steps\"", "from 1 to 10000", "value=\"10001\"");
    HttpResponse<String> negative = post("scenario=small-breach&steps=-4");
    assertThat(negative.statusCode()).isEqualTo(400);
    assertThat(negative.body()).contains("not '-4'");
    HttpResponse<String> signed = post("scenario=small-breach&steps=%2B30");
    assertThat(signed.statusCode()).isEqualTo(400);
    assertThat(signed.body()).contains("not '+30'");
    HttpResponse<String> unknown = post("scenario=small-braech");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("No scenario has the id 'small-braech'", "href=\"#scenario-small-breach\"");
    HttpResponse<String> tooShort = post("scenario=small-breach&steps=2");
    assertThat(tooShort.statusCode()).isEqualTo(400);
    assertThat(tooShort.body()).contains("after its last step 2");
  }

  @Test
  void theFormReadsOnlyItsOwnFieldsAndMediaType() {
    assertThat(post("scenario=small-breach&colour=red").statusCode()).isEqualTo(400);
    assertThat(server.send("POST", "/simulator", "{\"scenario\":\"small-breach\"}", "Content-Type", "application/json")
        .statusCode()).isEqualTo(415);
    assertThat(server.get("/simulator?scenaro=small-breach").statusCode()).isEqualTo(400);
  }
}
