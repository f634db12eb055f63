package org.trustatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.core.model.Concept;
import org.trustatlas.core.model.Sentence;

/** The real content: every concept has a working page and API answer; the walk-through shows every sentence. */
class BundledPackTest {

  private static final TrustAtlas atlas = TrustAtlas.bundled();
  @AutoClose
  private static final TestServer server = TestServer.start(atlas, WebOptions.defaults());

  @Test
  void everyConceptHasAPageAndAnApiAnswer() {
    for (Concept concept : atlas.atlas().concepts()) {
      HttpResponse<String> page = server.get("/concepts/" + concept.id());
      assertThat(page.statusCode()).as(concept.id().value()).isEqualTo(200);
      assertThat(page.body()).contains("<h1>", "How it connects");
      assertThat(server.get("/api/v1/concepts/" + concept.id()).statusCode()).isEqualTo(200);
      assertThat(server.get("/api/v1/concepts/" + concept.id() + "/related").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void theWalkThroughShowsEverySentenceOfTheArticle() {
    String home = server.get("/").body();
    for (Sentence sentence : atlas.atlas().article().sentences()) {
      assertThat(home).as(sentence.ref().id()).contains("id=\"" + sentence.ref().id() + "\"");
    }
    assertThat(home).contains("What sexual trust is", "What undermines it", "How it develops", "How to rebuild it");
  }

  @Test
  void readersWordsFindTheRightTopic() {
    String results = server.send("POST", "/search", "q=my+partner+cheated", "Content-Type",
        "application/x-www-form-urlencoded").body();
    assertThat(results).contains("href=\"/concepts/infidelity\"");
  }

  @Test
  void conceptPagesShowWhatTheSafetyRulesSayAboutThem() {
    String couples = server.get("/concepts/couples-therapy").body();
    assertThat(couples).contains("<h2 id=\"caution\">A note on safety</h2>", "first meets each of you alone");
    assertThat(couples.indexOf("A note on safety")).isLessThan(couples.indexOf("How it connects"));
    assertThat(server.get("/concepts/self-care").body()).contains("does not replace therapy");
    assertThat(server.get("/concepts/forgiveness").body()).contains("never required");
    assertThat(server.get("/concepts/infidelity").body()).as("notes about whole answers stay in plans")
        .doesNotContain("A note on safety");
  }

  @Test
  void theExportIsTheWholeAtlas() {
    assertThat(ApiTest.json(server.get("/api/v1/export")).get("concepts")).hasSize(atlas.atlas().size());
  }
}
