package org.trustatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** The server-rendered pages say what they must without any JavaScript. */
class PagesTest {

  @AutoClose
  private static final TestServer server = TestServer.start();

  private static String page(String path) {
    HttpResponse<String> response = server.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    return response.body();
  }

  @Test
  void everyPageHasTheQuickExitLinkSkipLinkAndLanguage() {
    for (String path : List.of("/", "/concepts", "/concepts/faith", "/resources", "/privacy", "/search", "/simulator", "/plan",
        "/check-in")) {
      String html = page(path);
      assertThat(html).as(path).contains("<html lang=\"en\">", "href=\"#main\"", "<main id=\"main\"",
          "id=\"quick-exit\"", "href=\"" + TestServer.NEUTRAL + "\"", "Leave this site quickly", "href=\"/privacy\"");
    }
  }

  @Test
  void homeWalksThroughTheArticleWithEachSentenceLinkedToItsConcepts() {
    String html = page("/");
    assertThat(html).contains("What sexual trust is", "id=\"S01\"", "Trust is built slowly.",
        "href=\"/concepts/faith\"", "Cheating breaks it.", "href=\"/concepts/infidelity\"",
        "action=\"/search\" method=\"post\"");
    assertThat(html.indexOf("Trust is built slowly.")).isLessThan(html.indexOf("Cheating breaks it."));
  }

  @Test
  void conceptPageShowsSummaryRelationsSentencesAndSources() {
    String html = page("/concepts/faith");
    assertThat(html).contains("<h1>Faith</h1>", "Confidence that a partner will stay caring.", "Also called: security",
        "<h3>Undermined by</h3>", "href=\"/concepts/infidelity\"", "<h3>Restored by</h3>", "href=\"/concepts/apologizing\"",
        "What the article says", "Trust is built slowly.", "Sources", "Trust in close relationships", "1985");
  }

  @Test
  void strategyPageNamesWhoActsAndItsPhase() {
    String html = page("/concepts/apologizing");
    assertThat(html).contains("Who takes this step", "Involved partner", "href=\"/concepts/atone\"");
  }

  @Test
  void privacyPageExplainsPrivateBrowsingAndClearingHistory() {
    assertThat(page("/privacy")).contains("private window", "Clear your history", "no cookies", "Esc", "cannot do")
        .doesNotContain("location.replace");
  }

  @Test
  void searchFindsConceptsFromAReadersWordsWithoutKeepingThem() {
    HttpResponse<String> post = server.send("POST", "/search", "q=my+partner+was+cheating", "Content-Type",
        "application/x-www-form-urlencoded");
    assertThat(post.statusCode()).isEqualTo(200);
    assertThat(post.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(post.body()).contains("href=\"/concepts/infidelity\"", "Closest topics, best first</h2>");
    assertThat(server.get("/search?q=infidelity").body()).contains("href=\"/concepts/infidelity\"");
    assertThat(server.get("/search?q=zzzzqqq").body()).contains("No topics matched", "browse all topics");
    assertThat(server.get("/search").body()).doesNotContain("Closest topics", "No topics matched");
  }

  @Test
  void overlongSearchesAreAProblemNotAFailure() {
    HttpResponse<String> response = server.send("POST", "/search", "q=" + "a".repeat(600), "Content-Type",
        "application/x-www-form-urlencoded");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("at most 500");
  }
}
