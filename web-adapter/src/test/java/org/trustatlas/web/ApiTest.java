package org.trustatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.trustatlas.content.json.AtlasJson;
import tools.jackson.databind.JsonNode;

/** The JSON API over a real server on a free port, answering from the small test pack. */
class ApiTest {

  @AutoClose
  private static final TestServer server = TestServer.start();

  static JsonNode json(HttpResponse<String> response) {
    return AtlasJson.mapper().readTree(response.body());
  }

  @Test
  void listsEveryConceptInTheSharedShape() {
    HttpResponse<String> response = server.get("/api/v1/concepts");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    JsonNode concepts = json(response);
    assertThat(concepts).hasSize(5);
    assertThat(concepts.get(0).toString())
        .isEqualTo(AtlasJson.concept(TestServer.minimalPack().atlas().concept("faith").orElseThrow()).toString());
  }

  @Test
  void filtersByKind() {
    JsonNode challenges = json(server.get("/api/v1/concepts?kind=challenge"));
    assertThat(challenges).hasSize(1);
    assertThat(challenges.get(0).get("id").asString()).isEqualTo("infidelity");
    assertThat(challenges.get(0).get("family").asString()).isEqualTo("relational-betrayal");
  }

  @Test
  void answersOneConcept() {
    JsonNode concept = json(server.get("/api/v1/concepts/apologizing"));
    assertThat(concept.get("kind").asString()).isEqualTo("rebuilding-strategy");
    assertThat(concept.get("actor").asString()).isEqualTo("involved-partner");
  }

  @Test
  void answersRelationsWithFilters() {
    assertThat(json(server.get("/api/v1/concepts/faith/related"))).hasSize(2);
    JsonNode restored = json(server.get("/api/v1/concepts/faith/related?relation=restores&direction=incoming"));
    assertThat(restored).hasSize(1);
    assertThat(restored.get(0).get("phrase").asString()).isEqualTo("restored by");
    assertThat(restored.get(0).get("concept").get("id").asString()).isEqualTo("apologizing");
    assertThat(json(server.get("/api/v1/concepts/faith/related?direction=outgoing"))).isEmpty();
  }

  @Test
  void findsPaths() {
    JsonNode paths = json(server.get("/api/v1/paths?from=apologizing&to=faith&depth=2"));
    assertThat(paths).hasSize(1);
    assertThat(paths.get(0).get("length").asInt()).isEqualTo(1);
    assertThat(json(server.get("/api/v1/paths?from=faith&to=apologizing"))).isEmpty();
  }

  @Test
  void exportsTheWholeAtlas() {
    JsonNode atlas = json(server.get("/api/v1/export"));
    assertThat(atlas.get("pack").get("id").asString()).isEqualTo("minimal");
    assertThat(atlas.get("concepts")).hasSize(5);
    assertThat(atlas.get("relations")).hasSize(3);
    assertThat(atlas.get("article").get("sentences")).hasSize(3);
  }

  @Test
  void reportsHealthUncached() {
    for (String path : new String[] {"/api/v1/health", "/health"}) {
      HttpResponse<String> response = server.get(path);
      assertThat(json(response).get("status").asString()).isEqualTo("ok");
      assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
      assertThat(response.headers().firstValue("ETag")).isEmpty();
    }
  }

  @Test
  void contentCarriesAnEtagAndRevalidatesTo304() {
    for (String path : new String[] {"/api/v1/concepts", "/api/v1/concepts/faith", "/api/v1/export",
        "/api/v1/openapi.json", "/", "/concepts/faith", "/assets/site.css"}) {
      HttpResponse<String> first = server.get(path);
      String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag on " + path));
      assertThat(first.headers().firstValue("Cache-Control")).as(path).isPresent();
      HttpResponse<String> again = server.get(path, "If-None-Match", etag);
      assertThat(again.statusCode()).as(path).isEqualTo(304);
      assertThat(again.body()).isEmpty();
      assertThat(server.get(path, "If-None-Match", "\"stale\"").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void pagesStayOutOfSharedCaches() {
    assertThat(server.get("/concepts/faith").headers().firstValue("Cache-Control")).hasValue("private, no-cache");
    assertThat(server.get("/api/v1/concepts").headers().firstValue("Cache-Control")).hasValue("public, max-age=300");
  }
}
