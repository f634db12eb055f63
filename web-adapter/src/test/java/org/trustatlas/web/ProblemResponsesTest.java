package org.trustatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.trustatlas.content.json.AtlasJson;
import org.trustatlas.web.http.BodyLimits;
import org.trustatlas.web.http.Problem;
import tools.jackson.databind.JsonNode;

/** Every class of bad request gets application/problem+json with a specific detail, never a 500. */
class ProblemResponsesTest {

  @AutoClose
  private static final TestServer server = TestServer.start(routes -> routes.get("/api/v1/test/boom", ctx -> {
    throw new IllegalStateException("secret internals");
  }));

  private static JsonNode problem(HttpResponse<String> response, int status, String type) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        t -> assertThat(t).startsWith(Problem.MEDIA_TYPE));
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    JsonNode body = AtlasJson.mapper().readTree(response.body());
    assertThat(body.get("type").asString()).isEqualTo("urn:trustatlas:problem:" + type);
    assertThat(body.get("status").asInt()).isEqualTo(status);
    assertThat(body.get("title").asString()).isNotBlank();
    return body;
  }

  @Test
  void unknownConceptIsA404WithSuggestions() {
    JsonNode body = problem(server.get("/api/v1/concepts/faiht"), 404, "unknown-concept");
    assertThat(body.get("detail").asString()).contains("'faiht'");
    assertThat(body.get("suggestions").get(0).asString()).isEqualTo("faith");
    problem(server.get("/api/v1/concepts/infidelty/related"), 404, "unknown-concept");
  }

  @Test
  void aWordThatIsAnAliasSuggestsItsConceptAsTheCliAndMcpDo() {
    JsonNode body = problem(server.get("/api/v1/concepts/cheating"), 404, "unknown-concept");
    assertThat(body.get("suggestions").toString()).isEqualTo("[\"infidelity\"]");
  }

  @Test
  void malformedIdSaysWhatAnIdLooksLike() {
    JsonNode body = problem(server.get("/api/v1/concepts/Not_An_Id"), 404, "unknown-concept");
    assertThat(body.get("detail").asString()).contains("'Not_An_Id'", "lower-case words joined by hyphens");
  }

  @Test
  void malformedQueryValuesNameTheParameterAndValue() {
    JsonNode kind = problem(server.get("/api/v1/concepts?kind=chalenge"), 400, "invalid-parameter");
    assertThat(kind.get("parameter").asString()).isEqualTo("kind");
    assertThat(kind.get("detail").asString()).contains("'chalenge'", "challenge");
    assertThat(kind.get("suggestions").get(0).asString()).isEqualTo("challenge");
    JsonNode depth = problem(server.get("/api/v1/paths?from=faith&to=atone&depth=x"), 400, "invalid-parameter");
    assertThat(depth.get("detail").asString()).contains("'x'", "1 to 6");
    problem(server.get("/api/v1/paths?from=faith&to=atone&depth=0"), 400, "invalid-parameter");
    JsonNode direction = problem(server.get("/api/v1/concepts/faith/related?direction=up"), 400, "invalid-parameter");
    assertThat(direction.get("detail").asString()).contains("outgoing, incoming, both");
    problem(server.get("/api/v1/concepts/faith/related?relation=heals"), 400, "invalid-parameter");
  }

  @Test
  void unknownRepeatedOrMissingParametersAreRefused() {
    JsonNode unknown = problem(server.get("/api/v1/concepts?knd=challenge"), 400, "invalid-parameter");
    assertThat(unknown.get("detail").asString()).contains("'knd'", "allowed: kind");
    assertThat(unknown.get("suggestions").get(0).asString()).isEqualTo("kind");
    problem(server.get("/api/v1/concepts?kind=phase&kind=outcome"), 400, "invalid-parameter");
    JsonNode missing = problem(server.get("/api/v1/paths?from=faith"), 400, "invalid-parameter");
    assertThat(missing.get("detail").asString()).contains("'to' is required");
    JsonNode unknownFrom = problem(server.get("/api/v1/paths?from=fiath&to=faith"), 400, "invalid-parameter");
    assertThat(unknownFrom.get("suggestions").get(0).asString()).isEqualTo("faith");
  }

  @Test
  void unknownRoutesAre404() {
    JsonNode body = problem(server.get("/api/v1/nothing-here"), 404, "not-found");
    assertThat(body.get("detail").asString()).contains("/api/v1/nothing-here");
    problem(server.get("/no/such/page"), 404, "not-found");
  }

  @Test
  void browsersGetTheSameProblemAsACalmPage() {
    HttpResponse<String> page = server.get("/concepts/faiht", "Accept", "text/html");
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(page.body()).contains("No concept has the id 'faiht'", "href=\"/concepts/faith\"", "quick-exit");
  }

  @Test
  void echoedValuesAreEscapedInPages() {
    HttpResponse<String> page = server.get("/concepts/%3Cscript%3Ealert(1)%3C%2Fscript%3E", "Accept", "text/html");
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert");
  }

  @Test
  void wrongMethodsAre405WithAllow() {
    JsonNode body = problem(server.send("DELETE", "/api/v1/concepts/faith", ""), 405, "method-not-allowed");
    assertThat(body.get("detail").asString()).contains("DELETE", "/api/v1/concepts/faith");
    problem(server.send("POST", "/api/v1/concepts", "{}", "Content-Type", "application/json"), 405, "method-not-allowed");
  }

  @Test
  void oversizedBodiesAre413() {
    String big = "q=" + "x".repeat((int) BodyLimits.MAX_BYTES);
    JsonNode body = problem(server.send("POST", "/search", big, "Content-Type", BodyLimits.FORM), 413, "body-too-large");
    assertThat(body.get("detail").asString()).contains(String.valueOf(BodyLimits.MAX_BYTES));
    problem(server.send("POST", "/api/v1/concepts", big), 413, "body-too-large");
  }

  @Test
  void wrongContentTypesAre415() {
    JsonNode body = problem(server.send("POST", "/search", "{\"q\":\"x\"}", "Content-Type", "application/json"),
        415, "unsupported-media-type");
    assertThat(body.get("detail").asString()).contains("application/x-www-form-urlencoded", "'application/json'");
    problem(server.send("POST", "/search", "q=x"), 415, "unsupported-media-type");
  }

  /**
   * A refused body is still read to its end, so the connection stays usable: left unread, Jetty
   * closed it after the 415 while a client could already be sending its next request on it.
   */
  @Test
  void aConnectionStaysUsableAfterA415ForABodySentAfterItsHeaders() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(5000);
      OutputStream out = socket.getOutputStream();
      String body = "{\"q\":\"x\"}";
      out.write(("POST /search HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: "
          + body.length() + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      Thread.sleep(200);
      out.write(body.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      assertThat(response(in)).startsWith("HTTP/1.1 415").doesNotContain("Connection: close");
      out.write("GET /api/v1/concepts/faith HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      assertThat(response(in)).startsWith("HTTP/1.1 200");
    }
  }

  /** A client that waits to be asked for its body is not asked for one already refused. */
  @Test
  void aClientWaitingToSendARefusedBodyIsAnsweredAtOnceAndTheConnectionClosed() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(5000);
      socket.getOutputStream().write(("POST /search HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
          + "Content-Length: 10\r\nExpect: 100-continue\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      assertThat(response(socket.getInputStream())).startsWith("HTTP/1.1 415").containsIgnoringCase("Connection: close");
    }
  }

  /** One response read off a kept-alive connection: its head, then Content-Length bytes of body. */
  private static String response(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    while (!head.toString().endsWith("\r\n\r\n")) {
      int c = in.read();
      if (c < 0) {
        return head.toString();
      }
      head.append((char) c);
    }
    Matcher length = Pattern.compile("(?i)content-length: *(\\d+)").matcher(head);
    if (length.find()) {
      in.readNBytes(Integer.parseInt(length.group(1)));
    }
    return head.toString();
  }

  /**
   * A form field at fault is the same kind of fault as a query parameter at fault, so it is the same
   * problem type, naming the field in {@code parameter}: the pages' forms answered type bad-request
   * without naming the field, while the same fields sent in a query were invalid-parameter.
   */
  @Test
  void aFormFieldAtFaultIsAnInvalidParameterNamingTheFieldAsAQueryParameterIs() {
    String form = BodyLimits.FORM;
    String json = "application/json";
    for (String[] post : new String[][] {{"/plan", "challenge=infidelity&colour=red", "colour"},
        {"/simulator", "scenario=late-breach&colour=red", "colour"}, {"/check-in", "colour=red", "colour"},
        {"/search", "q=cheating&colour=red", "colour"}, {"/search", "q=cheating&q=lies", "q"},
        {"/search", "q=%zz", "q"}, {"/search", "q=a%01b", "q"}}) {
      JsonNode body = problem(server.send("POST", post[0], post[1], "Content-Type", form, "Accept", json), 400,
          "invalid-parameter");
      assertThat(body.get("parameter").asString()).as(post[0] + " " + post[1]).isEqualTo(post[2]);
      assertThat(body.get("title").asString()).as(post[1]).doesNotContainIgnoringCase("query");
    }
    JsonNode query = problem(server.get("/api/v1/search?q=cheating&colour=red"), 400, "invalid-parameter");
    assertThat(query.get("title").asString()).isEqualTo(problem(server.send("POST", "/search", "q=x&colour=red",
        "Content-Type", form, "Accept", json), 400, "invalid-parameter").get("title").asString());
  }

  /**
   * The plan, simulator and check-in forms read the posted fields as the search form does: a field
   * whose percent-encoding is broken was dropped without a word (the check-in answered 200 as if it
   * had not been sent), bytes that are not UTF-8 became replacement characters echoed back ("not
   * '\uFFFD\uFFFD'"), and a control character in a value reached the page; a form said to be in
   * another charset was read in it. Each is now refused, naming the field, as the search form is.
   */
  @Test
  void everyPageFormRefusesBrokenEncodingAndControlCharactersNamingTheField() {
    String form = BodyLimits.FORM;
    String json = "application/json";
    for (String[] post : new String[][] {{"/plan", "challenge=%zz", "challenge"}, {"/plan", "x%zz=1", "x%zz"},
        {"/plan", "challenge=%C0%AF", "challenge"}, {"/plan", "challenge=a%01", "challenge"},
        {"/simulator", "scenario=late-breach&steps=%C0%AF", "steps"}, {"/simulator", "steps=%zz", "steps"},
        {"/simulator", "events=id%3A%20x%1B", "events"}, {"/check-in", "x%zz=1", "x%zz"},
        {"/check-in", "q-danger-now=%C0%AF", "q-danger-now"}, {"/check-in", "q-danger-now=no%01", "q-danger-now"}}) {
      HttpResponse<String> answer = server.send("POST", post[0], post[1], "Content-Type", form, "Accept", json);
      JsonNode body = problem(answer, 400, "invalid-parameter");
      assertThat(body.get("parameter").asString()).as(post[0] + " " + post[1]).isEqualTo(post[2]);
      assertThat(body.get("detail").asString()).as(post[1]).startsWith("Form field '").doesNotContain("\uFFFD");
    }
    for (String page : new String[] {"/plan", "/simulator", "/check-in"}) {
      problem(server.send("POST", page, "challenge=infidelity", "Content-Type", form + "; charset=ISO-8859-1",
          "Accept", json), 415, "unsupported-media-type");
    }
    // a browser sends a textarea's line breaks as CR LF, which are line breaks, not control characters
    String written = "id: mine\r\ntitle: Mine\r\nsteps: 5\r\nevents:\r\n  - {at: 1, type: positive-act, magnitude: 0.5}\r\n";
    HttpResponse<String> run = server.send("POST", "/simulator", "events="
        + java.net.URLEncoder.encode(written, StandardCharsets.UTF_8), "Content-Type", form, "Accept", "text/html");
    assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
  }

  @Test
  void unexpectedFailuresAre500WithoutInternals() {
    JsonNode body = problem(server.get("/api/v1/test/boom"), 500, "server-error");
    assertThat(body.toString()).doesNotContain("secret internals", "IllegalStateException");
  }

  @Test
  void requestsJettyRefusesBeforeRoutingAreProblemsToo() throws IOException {
    String raw = rawRequest("GET /api/v1/concepts/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    assertThat(raw).startsWith("HTTP/1.1 400");
    assertThat(raw).contains("Content-Type: application/problem+json", "Content-Security-Policy: default-src 'self'",
        "\"type\":\"urn:trustatlas:problem:bad-request\"").doesNotContain("%zz");
    String headerTooLarge = rawRequest("GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(20_000)
        + "\r\nConnection: close\r\n\r\n");
    assertThat(headerTooLarge).startsWith("HTTP/1.1 431").contains("application/problem+json", "\"status\":431");
  }

  private String rawRequest(String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(5000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }
}
