package org.trustatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.trustatlas.content.json.AtlasJson;
import org.trustatlas.web.http.JettyProblemHandler;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document is well-formed OpenAPI 3.1, every reference resolves, and it describes
 * exactly the API routes the server registers: no undocumented route, no documented ghost.
 */
class OpenApiTest {

  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
  @AutoClose
  private static final TestServer server = TestServer.start();
  private static final JsonNode doc = AtlasJson.mapper().readTree(server.get("/api/v1/openapi.json").body());

  @Test
  void isOpenApi31WithInfoAndOperations() {
    assertThat(doc.get("openapi").asString()).startsWith("3.1.");
    assertThat(doc.get("info").get("title").asString()).isNotBlank();
    assertThat(doc.get("info").get("version").asString()).isNotBlank();
    Set<String> operationIds = new TreeSet<>();
    doc.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
      assertThat(METHODS).as("method in " + path.getKey()).contains(op.getKey());
      assertThat(op.getValue().get("responses").has("200")).as(path.getKey()).isTrue();
      assertThat(operationIds.add(op.getValue().get("operationId").asString())).as("unique operationId").isTrue();
      assertPathParametersDeclared(path.getKey(), op.getValue());
    }));
  }

  /** The limits the description states are the server's own: it said 8 KiB while Jetty's default set the size. */
  @Test
  void statesTheRequestHeadSizeTheServerSets() {
    assertThat(doc.get("info").get("description").asString())
        .contains("a request's start line and headers at most " + JettyProblemHandler.MAX_HEAD_BYTES / 1024 + " KiB");
  }

  /** Every operation answers an Accept it cannot meet with 406, and says so (it was undocumented). */
  @Test
  void everyOperationDocumentsAndAnswers406ForAnAcceptItCannotMeet() {
    doc.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
      String where = op.getKey() + " " + path.getKey();
      assertThat(op.getValue().get("responses").has("406")).as(where).isTrue();
      String url = path.getKey().replace("{id}", "infidelity");
      int status = op.getKey().equals("post")
          ? server.send("POST", url, "{}", "Accept", "application/xml", "Content-Type", "application/json").statusCode()
          : server.get(url, "Accept", "application/xml").statusCode();
      assertThat(status).as(where).isEqualTo(406);
    }));
  }

  /**
   * Every problem type the server answers with is listed, with what it means, under the Problem
   * schema's type, and no other: a client can tell the faults apart without reading the code.
   */
  @Test
  void theProblemSchemaListsEveryProblemTypeTheServerAnswersWith() throws IllegalAccessException {
    Set<String> answered = new TreeSet<>();
    for (java.lang.reflect.Field field : org.trustatlas.web.http.Problems.class.getFields()) {
      if (field.getType() == String.class && java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
        answered.add((String) field.get(null));
      }
    }
    JsonNode type = doc.get("components").get("schemas").get("Problem").get("properties").get("type");
    Set<String> documented = new TreeSet<>();
    type.get("enum").forEach(value -> documented.add(value.asString()));
    assertThat(documented).isEqualTo(answered);
    for (String each : answered) {
      // urn:trustatlas:problem:x is described as `x`; about:blank, a type of RFC 9457's own, whole
      String named = each.startsWith("urn:trustatlas:problem:")
          ? each.substring(each.lastIndexOf(':') + 1) : each;
      assertThat(type.get("description").asString()).as(each).contains("`" + named + "`");
    }
    assertThat(doc.get("components").get("schemas").get("Problem").get("properties").get("parameter")
        .get("description").asString()).contains("form field");
  }

  private static void assertPathParametersDeclared(String path, JsonNode operation) {
    Matcher names = Pattern.compile("\\{([^}]+)}").matcher(path);
    while (names.find()) {
      String name = names.group(1);
      boolean declared = false;
      for (JsonNode parameter : operation.get("parameters")) {
        JsonNode resolved = resolve(parameter);
        declared |= resolved.get("in").asString().equals("path") && resolved.get("name").asString().equals(name);
      }
      assertThat(declared).as("path parameter {" + name + "} of " + path).isTrue();
    }
  }

  @Test
  void everyReferenceResolves() {
    List<String> refs = new ArrayList<>();
    collectRefs(doc, refs);
    assertThat(refs).isNotEmpty();
    refs.forEach(ref -> assertThat(doc.at(ref.substring(1)).isMissingNode()).as(ref).isFalse());
  }

  @Test
  void documentsExactlyTheRegisteredApiRoutes() {
    Set<String> documented = new TreeSet<>();
    doc.get("paths").properties().forEach(path -> path.getValue().properties()
        .forEach(op -> documented.add(op.getKey().toUpperCase() + " " + path.getKey())));
    Set<String> registered = new TreeSet<>();
    server.routes().stream().filter(r -> r.contains(" /api/") || r.contains(" /health")).forEach(registered::add);
    assertThat(documented).isEqualTo(registered);
  }

  @Test
  void passesRedoclyLintWhenInstalled() throws IOException, InterruptedException {
    Path redocly = Path.of("target/tools/node_modules/.bin/redocly");
    Skips.unless(Files.isExecutable(redocly), "OpenApiTest.passesRedoclyLintWhenInstalled", "Redocly CLI not installed; run web-adapter/tools/install-openapi-lint.sh "
        + "to lint the OpenAPI document with @redocly/cli 2.77.0 (structural checks above still ran)");
    Path file = Files.createTempFile("openapi", ".json");
    Files.write(file, server.get("/api/v1/openapi.json").body().getBytes(StandardCharsets.UTF_8));
    Path config = Files.writeString(Files.createTempFile("redocly", ".yaml"), "extends:\n  - recommended\n");
    ProcessBuilder lint = new ProcessBuilder(redocly.toAbsolutePath().toString(), "lint", "--config",
        config.toString(), file.toString()).redirectErrorStream(true);
    lint.environment().put("REDOCLY_TELEMETRY", "off");
    lint.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
    Process process = lint.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
  }

  private static JsonNode resolve(JsonNode node) {
    return node.has("$ref") ? doc.at(node.get("$ref").asString().substring(1)) : node;
  }

  private static void collectRefs(JsonNode node, List<String> refs) {
    if (node.isObject()) {
      node.properties().forEach(e -> {
        if (e.getKey().equals("$ref")) {
          refs.add(e.getValue().asString());
        } else {
          collectRefs(e.getValue(), refs);
        }
      });
    } else if (node.isArray()) {
      node.forEach(child -> collectRefs(child, refs));
    }
  }
}
