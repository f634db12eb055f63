package org.trustatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.trustatlas.web.http.JettyProblemHandler;

/**
 * The server against requests meant to harm (issue 15): an amplifying simulation, malformed framing,
 * HTTP versions it does not speak, slow headers, and clients that ask to close the connection. Raw
 * sockets, so nothing in between fixes the request or hides how the answer is framed.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileHttpTest {

  @AutoClose
  private static final TestServer server = TestServer.start();

  /** Sends {@code request} as is and reads the whole answer until the server closes. */
  private static String exchange(String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(30_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      InputStream in = socket.getInputStream();
      byte[] buffer = new byte[8192];
      try {
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
          answer.write(buffer, 0, read);
        }
      } catch (SocketException reset) {
        // the server closed first; what arrived is the answer
      }
      return answer.toString(StandardCharsets.UTF_8);
    }
  }

  private static String post(String path, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return exchange("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
        + "Content-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n" + body);
  }

  @Test
  void anAmplifyingSimulationIsRefusedWith422InMilliseconds() throws IOException {
    StringBuilder events = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      events.append(i == 0 ? "" : ",").append("{\"at\":1,\"every\":1,\"until\":10000,\"type\":\"positive-act\","
          + "\"magnitude\":0.5}");
    }
    String body = "{\"id\":\"x\",\"title\":\"X\",\"steps\":10000,\"events\":[" + events + "]}";
    post("/api/v1/simulations", "{\"scenario\":\"discovered-affair-denied\"}"); // warm up

    long started = System.nanoTime();
    String answer = post("/api/v1/simulations", body);

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    assertThat(answer).startsWith("HTTP/1.1 422 ").contains("application/problem+json")
        .contains("\"type\":\"urn:trustatlas:problem:simulation-too-large\"")
        .contains("\"events\":\"1000000\"").contains("\"maxEvents\":\"10000\"");
  }

  @Test
  void theSimulatorFormRefusesAnAmplifyingScenarioOnItsPage() throws IOException {
    String events = "id: x\ntitle: X\nsteps: 10000\nevents:\n"
        + "  - {at: 1, every: 1, until: 10000, type: positive-act, magnitude: 0.5}\n".repeat(50);
    String body = "events=" + java.net.URLEncoder.encode(events, StandardCharsets.UTF_8);
    String answer = exchange("POST /simulator HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
        + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length()
        + "\r\nConnection: close\r\n\r\n" + body);

    assertThat(answer).startsWith("HTTP/1.1 422 ").contains("The simulation was refused before it ran");
  }

  @Test
  void aMalformedChunkSizeIs400InPlainWords() throws IOException {
    String answer = exchange("POST /api/v1/plans HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
        + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz\r\n{}\r\n0\r\n\r\n");

    assertThat(answer).startsWith("HTTP/1.1 400 ").contains("application/problem+json")
        .contains("framing could not be read").doesNotContain("Exception");
  }

  @Test
  void anyMethodOnAnAddressNoRouteReachesIsAProblemWithTheSecurityHeaders() throws IOException {
    for (String line : new String[] {"OPTIONS * HTTP/1.1", "DELETE * HTTP/1.1", "PROPFIND * HTTP/1.1"}) {
      String answer = exchange(line + "\r\nHost: localhost\r\nConnection: close\r\n\r\n");

      assertThat(answer).as(line).matches("(?s)HTTP/1.1 4\\d\\d .*").contains("application/problem+json")
          .contains("X-Content-Type-Options: nosniff").contains("\"status\":4");
    }
  }

  /**
   * A byte that is no UTF-8, sent unencoded in the query, reached the route as U+FFFD and was searched
   * and echoed as if sent; in the path, and percent-encoded in the query, it was already refused.
   */
  @Test
  void aQueryWithRawBytesThatAreNotUtf8IsRefusedRatherThanReadWithReplacementCharacters() throws IOException {
    for (String query : new String[] {"q=fa\u00FFith", "q=cheat&region=G\u00C0B"}) {
      String answer = get("/api/v1/search?" + query);

      assertThat(answer).as(query).startsWith("HTTP/1.1 400 ").contains("application/problem+json",
          "\"type\":\"urn:trustatlas:problem:invalid-parameter\"", "not UTF-8").doesNotContain("\uFFFD");
    }
    assertThat(get("/api/v1/search?q=%EF%BF%BD"))
        .as("U+FFFD itself, encoded").startsWith("HTTP/1.1 200 ");
  }

  @Test
  void unsupportedHttpVersionsAre505WithPlainWords() throws IOException {
    for (String request : new String[] {"GET / HTTP/9.9\r\nHost: localhost\r\n\r\n", "GET /\r\n"}) {
      assertThat(exchange(request)).startsWith("HTTP/1.1 505 ").contains("application/problem+json")
          .contains("This server speaks HTTP/1.1 and HTTP/1.0").doesNotContain("Something went wrong");
    }
  }

  @Test
  void problemDetailsNameNoLibraryOrClass() throws IOException {
    for (String body : new String[] {"{} {}", "[".repeat(2000) + "]".repeat(2000), "{\"a\":1,\"a\":2}", "{\"x\":"}) {
      assertThat(post("/api/v1/plans", body)).matches("(?s)HTTP/1.1 4\\d\\d .*")
          .doesNotContain("JsonToken").doesNotContain("tools.jackson").doesNotContain("Feature")
          .doesNotContain("Constraints").doesNotContain("Exception");
    }
  }

  @Test
  void headCarriesTheHeadersOfGet() throws IOException {
    String got = get("/api/v1/concepts/infidelity");
    String head = exchange("HEAD /api/v1/concepts/infidelity HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

    for (String header : new String[] {"Content-Type", "ETag", "Cache-Control", "Content-Length"}) {
      assertThat(headerOf(head, header)).as(header).isNotNull().isEqualTo(headerOf(got, header));
    }
    assertThat(head.substring(head.indexOf("\r\n\r\n") + 4)).isEmpty();
  }

  @Test
  void aLargeAnswerToAClientThatClosesCarriesItsLength() throws IOException {
    String answer = post("/api/v1/simulations", "{\"scenario\":\"discovered-affair-denied\",\"steps\":10000}");

    String length = headerOf(answer, "Content-Length");
    assertThat(length).isNotNull();
    assertThat(answer.substring(answer.indexOf("\r\n\r\n") + 4).getBytes(StandardCharsets.UTF_8))
        .hasSize(Integer.parseInt(length));
  }

  @Test
  void headersSentByteByByteAreCutOffAfterTheLimit() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(30_000);
      long started = System.nanoTime();
      boolean closed = false;
      try {
        for (char c : "GET /health HTTP/1.1\r\nHost: localhost\r\nX-Slow: aaaaaaaaaaaaaaaaaaaaaaaa\r\n".toCharArray()) {
          socket.getOutputStream().write(c);
          socket.getOutputStream().flush();
          Thread.sleep(500);
        }
      } catch (SocketException cut) {
        closed = true;
      }
      if (!closed) {
        closed = socket.getInputStream().read() < 0;
      }
      assertThat(closed).isTrue();
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));
    }
  }

  @Test
  void aCharsetThisServerCannotReadIs415NamingItNotA500() throws IOException {
    for (String charset : new String[] {"bogus-xx", "@@@", ""}) {
      String api = exchange("POST /api/v1/plans HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json; charset="
          + charset + "\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
      assertThat(api).as(charset).startsWith("HTTP/1.1 415 ").contains("application/problem+json")
          .contains("charset '" + charset + "'").contains("UTF-8");
    }
    String form = exchange("POST /search HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded;"
        + " charset=bogus\r\nContent-Length: 3\r\nConnection: close\r\n\r\nq=x");
    assertThat(form).startsWith("HTTP/1.1 415 ").contains("charset 'bogus'");
  }

  @Test
  void aBodyThatIsNotUtf8IsRefusedInsteadOfReadWithReplacementCharacters() throws IOException {
    byte[] body = "{\"challenges\":[\"inf\u00ffidelity\"]}".getBytes(StandardCharsets.ISO_8859_1);
    String answer = exchange("POST /api/v1/plans HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
        + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n" + new String(body, StandardCharsets.ISO_8859_1));

    assertThat(answer).startsWith("HTTP/1.1 400 ").contains("not UTF-8");
  }

  @Test
  void aCompressedBodyIsRefusedWith415NamingTheEncodingRatherThanReadAsText() throws IOException {
    for (String encoding : new String[] {"gzip", "br"}) {
      String answer = exchange("POST /api/v1/plans HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
          + "Content-Encoding: " + encoding + "\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
      assertThat(answer).as(encoding).startsWith("HTTP/1.1 415 ").contains("Content-Encoding '" + encoding + "'");
    }
  }

  @Test
  void aWrongMethodIs405NamingTheMethodsTheRouteTakesInAllowAndDetail() throws IOException {
    String post = get("/api/v1/plans");
    assertThat(post).startsWith("HTTP/1.1 405 ").contains("use POST");
    assertThat(headerOf(post, "Allow")).isEqualTo("POST");

    String get = exchange("DELETE /api/v1/concepts/faith HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    assertThat(get).startsWith("HTTP/1.1 405 ");
    assertThat(headerOf(get, "Allow")).isEqualTo("GET, HEAD");
  }

  /** The 405 detail echoed the whole path: 5,000 characters of it, where every other error quotes at most 40. */
  @Test
  void aWrongMethodOnALongPathQuotesThePathShort() throws IOException {
    String path = "/concepts/" + "a".repeat(5000);
    for (String method : new String[] {"OPTIONS", "DELETE", "PUT"}) {
      String answer = exchange(method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
      assertThat(answer).as(method).startsWith("HTTP/1.1 405 ").contains(method + " is not allowed on '/concepts/aaa")
          .doesNotContain("a".repeat(41)).contains("use GET, HEAD.");
    }
  }

  /** A target over Jetty's limit was told its start line, headers or framing are malformed: it is only too long. */
  @Test
  void aTargetTooLongIs414SayingSo() throws IOException {
    String answer = get("/api/v1/search?q=x&" + "a=1&".repeat(5000));
    assertThat(answer).startsWith("HTTP/1.1 414 ").contains("\"status\":414").contains("\"title\":\"Bad request\"")
        .contains("The request's target (its path and query) is longer than this server reads")
        .contains("at most " + JettyProblemHandler.MAX_HEAD_BYTES / 1024 + " KiB")
        .doesNotContain("malformed");
  }

  @Test
  void aQueryThatIsNotCorrectlyPercentEncodedIs400NamingTheParameter() throws IOException {
    // "\u00C3\u00A9" is sent as the bytes of an unencoded "\u00E9": what follows it is checked all the same
    for (String query : new String[] {"q=%zz", "q=trust%", "q=trust&limit=%z", "q=%ff%fe", "q=%c0%af", "q=%ed%a0%80",
        "q=\u00C3\u00A9%zz", "q=\u00C3\u00A9%ff"}) {
      String answer = get("/api/v1/search?" + query);
      assertThat(answer).as(query).startsWith("HTTP/1.1 400 ").contains("invalid-parameter")
          .containsAnyOf("percent-encoded", "UTF-8").doesNotContain("is required");
    }
  }

  /** Jetty refuses these paths before any route; the problem said only "start line, headers or framing are malformed". */
  @Test
  void aPathThatIsNotCorrectlyPercentEncodedIs400SayingItIsThePath() throws IOException {
    for (String path : new String[] {"/api/v1/concepts/%zz", "/api/v1/concepts/%ff", "/api/v1/concepts/%c0%af",
        "/api/v1/concepts/infidelity%00", "/concepts/%", "/assets/%2e%2e/%2e%2e/pom.xml"}) {
      String answer = get(path);
      assertThat(answer).as(path).startsWith("HTTP/1.1 400 ").contains("application/problem+json")
          .contains("The path").contains("percent-encoded").doesNotContain("framing");
    }
    // a request line that is broken otherwise keeps the general words
    assertThat(exchange("GET /api/v1/health HTTP/1.1\r\nHost: localhost\r\nX-Bad: a\u0001b\r\nConnection: close\r\n\r\n"))
        .startsWith("HTTP/1.1 400 ").contains("framing");
  }

  /** A 16,000-character challenge, flag or flag state came back whole in the detail (core's messages quoted it all). */
  @Test
  void aHugeValueInAPlanBodyIsQuotedShortInTheProblem() throws IOException {
    String huge = "A".repeat(16_000);
    for (String body : new String[] {
        "{\"challenges\":[\"" + huge + "\"],\"role\":\"hurt-partner\"}",
        "{\"challenges\":[\"infidelity\"],\"role\":\"hurt-partner\",\"flags\":{\"fear-of-partner\":\"" + huge + "\"}}",
        "{\"challenges\":[\"infidelity\"],\"role\":\"hurt-partner\",\"flags\":{\"" + huge + "\":\"yes\"}}"}) {
      String answer = post("/api/v1/plans", body);
      assertThat(answer).startsWith("HTTP/1.1 400 ");
      assertThat(answer.length()).as(body.substring(0, 40)).isLessThan(3_000);
    }
  }

  /** The deadline failed the exchange, which Jetty answered "500 Server Error" after 20 seconds. */
  @Test
  void aBodyShorterThanItsContentLengthEndsAt408NotA500() throws Exception {
    java.io.PrintStream original = System.err;
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    String answer;
    System.setErr(new java.io.PrintStream(log, true, StandardCharsets.UTF_8)); // where slf4j-simple writes
    try {
      answer = exchange("POST /api/v1/plans HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
          + "Content-Length: 1000\r\n\r\n{\"challenges\":[\"infidelity\"]}");
      Thread.sleep(500); // the interrupted handler thread finishes after the answer went out
    } finally {
      System.setErr(original);
    }
    assertThat(answer).startsWith("HTTP/1.1 408 ").contains("application/problem+json").contains("in time");
    // the client's short body is no fault of the server's: nothing at ERROR ("unhandled InterruptedIOException")
    assertThat(log.toString(StandardCharsets.UTF_8)).doesNotContain("unhandled").doesNotContain("ERROR");
  }

  @Test
  void aHugeUnknownIdOrPathIsQuotedShortInTheProblem() throws IOException {
    String id = "ab-".repeat(2000);
    for (String path : new String[] {"/api/v1/concepts/" + id, "/nothing/" + id, "/api/v1/concepts?kind=" + id}) {
      String answer = get(path);
      assertThat(answer).as(path.substring(0, 20)).matches("(?s)HTTP/1.1 4\\d\\d .*").contains("\u2026")
          .doesNotContain("ab-".repeat(20));
    }
  }

  @Test
  void aProblemQuotesCharactersBeyondLatin1AsSentNotAsQuestionMarks() throws IOException {
    String answer = get("/api/v1/concepts/faith%CE%B1%F0%9F%92%94");

    assertThat(answer).startsWith("HTTP/1.1 404 ").contains("'faith\u03B1\uD83D\uDC94'");
  }

  @Test
  void aProblemWritesABidiOverrideAsAnEscapeSoItCannotReorderTheMessage() throws IOException {
    String answer = get("/api/v1/concepts/%E2%80%AEfaith%E2%81%A6x");

    assertThat(answer).startsWith("HTTP/1.1 404 ").contains("'\\\\u202Efaith\\\\u2066x'")
        .doesNotContain("\u202E").doesNotContain("\u2066");
  }

  /**
   * RFC 9110 15.4.5: a 304 has no content. It carried Javalin's default "Content-Type: text/plain", which
   * says the cached JSON or page is plain text; it keeps its ETag and Cache-Control and names no type.
   */
  @Test
  void aNotModifiedAnswerNamesNoContentType() throws IOException {
    for (String path : new String[] {"/api/v1/concepts/infidelity", "/concepts/infidelity"}) {
      String etag = headerOf(get(path), "ETag");
      String answer = exchange("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nIf-None-Match: " + etag
          + "\r\nConnection: close\r\n\r\n");

      assertThat(answer).as(path).startsWith("HTTP/1.1 304 ");
      assertThat(headerOf(answer, "ETag")).as(path).isEqualTo(etag);
      assertThat(headerOf(answer, "Content-Type")).as(path).isNull();
      assertThat(answer.substring(answer.indexOf("\r\n\r\n") + 4)).as(path).isEmpty();
    }
  }

  /**
   * RFC 9112 3.2.2: a server must accept a target in absolute form (as a client talking to a proxy sends
   * it) and read the host from the target, not the Host header; the path is what is served.
   */
  @Test
  void anAbsoluteFormTargetIsServedByItsPath() throws IOException {
    String answer = exchange("GET http://other.example/api/v1/concepts/infidelity HTTP/1.1\r\nHost: localhost\r\n"
        + "Connection: close\r\n\r\n");

    assertThat(answer).startsWith("HTTP/1.1 200 ").contains("\"id\":\"infidelity\"");
  }

  /**
   * JSON is UTF-8 (RFC 8259 8.1). A body that says it is Latin-1 was decoded as Latin-1, so the same
   * bytes meant different words by the header beside them; it is refused with 415 naming the charset.
   */
  @Test
  void aJsonBodyInACharsetOtherThanUtf8Is415NamingTheCharset() throws IOException {
    for (String charset : new String[] {"latin1", "ISO-8859-1", "utf-16", "windows-1252"}) {
      String answer = exchange("POST /api/v1/plans HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json;"
          + " charset=" + charset + "\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
      // Jetty gives a charset it knows in lower case
      assertThat(answer).as(charset).startsWith("HTTP/1.1 415 ").contains("application/problem+json")
          .containsIgnoringCase("charset '" + charset + "'").contains("UTF-8");
    }
    for (String charset : new String[] {"utf-8", "UTF-8", "\"utf-8\""}) {
      String answer = exchange("POST /api/v1/plans HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json;"
          + " charset=" + charset + "\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
      assertThat(answer).as(charset).doesNotStartWith("HTTP/1.1 415 ");
    }
  }

  /** Headers over the limit were told only that they are larger than the server reads, not how large it reads. */
  @Test
  void headersTooLargeAre431SayingTheLimit() throws IOException {
    String answer = exchange("GET /api/v1/health HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(10_000)
        + "\r\nConnection: close\r\n\r\n");
    assertThat(answer).startsWith("HTTP/1.1 431 ").contains("\"status\":431").contains("\"title\":\"Bad request\"")
        .contains("headers are larger than this server reads")
        .contains("at most " + JettyProblemHandler.MAX_HEAD_BYTES / 1024 + " KiB").doesNotContain("aaaa");
  }

  /** Hostile requests of a raw-socket round: each is a 4xx in problem+json with the security headers, never a 500. */
  @Test
  void hostileRequestsAreAnsweredWithAProblemNeverA500() throws IOException {
    String tail = " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
    for (String request : new String[] {
        "GET /api/v1/concepts/infidelity;jsessionid=abc" + tail, "GET /concepts/infidelity;jsessionid=abc" + tail,
        "GET /api/v1/%2e%2e/api/v1/health" + tail, "GET /api/v1/concepts/%2e%2e" + tail,
        "GET /api/v1/concepts/infidelity%2F..%2Fx" + tail, "GET /api/v1/search?q=x&" + "z".repeat(100_000) + tail,
        "GET\t/api/v1/health" + tail, "GET /api/v1/he\talth" + tail, "OPTIONS *" + tail, "TRACE /api/v1/concepts" + tail,
        "GET /api/v1/concepts HTTP/1.1\r\nConnection: close\r\n\r\n",
        "POST /api/v1/plans HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
            + "Connection: close\r\n\r\nFFFFFFFFFFFFFFFFFF\r\n{}\r\n0\r\n\r\n",
        "POST /api/v1/plans HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: -5\r\n"
            + "Connection: close\r\n\r\n{}",
        "POST /api/v1/plans HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 2\r\n"
            + "Content-Length: 3\r\nConnection: close\r\n\r\n{}"}) {
      String answer = exchange(request);
      String line = request.substring(0, Math.min(60, request.indexOf('\r')));
      assertThat(answer).as(line).matches("(?s)HTTP/1.1 4\\d\\d .*").contains("\r\nContent-Type: application/problem+json")
          .contains("X-Content-Type-Options: nosniff").contains("\"status\":4").doesNotContain("Exception");
    }
  }

  /**
   * An Expect this server does not meet and HTTP/2's preface were told their start line, headers or
   * framing were malformed: each is told what it asked for that is not done here.
   */
  @Test
  void anExpectationOrAnHttp2PrefaceIsToldWhatIsNotDoneHere() throws IOException {
    String expect = exchange("GET /api/v1/concepts HTTP/1.1\r\nHost: localhost\r\nExpect: something\r\n"
        + "Connection: close\r\n\r\n");
    assertThat(expect).startsWith("HTTP/1.1 417 ").contains("application/problem+json").contains("Expect")
        .contains("100-continue").doesNotContain("malformed");
    String h2 = exchange("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n");
    assertThat(h2).startsWith("HTTP/1.1 426 ").contains("application/problem+json").contains("HTTP/2")
        .doesNotContain("malformed");
  }

  /**
   * Jetty takes "Transfer-Encoding: gzip, chunked" apart at the chunks and hands on the body still
   * compressed, and nothing here inflates it: RFC 9112 6.1 answers a transfer coding the server does
   * not know with 501, named.
   */
  @Test
  void aTransferCodingOtherThanChunkedIs501NamingIt() throws IOException {
    String answer = exchange("POST /api/v1/plans HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
        + "Transfer-Encoding: gzip, chunked\r\nConnection: close\r\n\r\n2\r\n{}\r\n0\r\n\r\n");
    assertThat(answer).startsWith("HTTP/1.1 501 ").contains("application/problem+json").contains("'gzip'")
        .contains("chunked").doesNotContain("challenge");
    // chunked alone still reaches the route, which reads the body
    String chunked = exchange("POST /api/v1/plans HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
        + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n2\r\n{}\r\n0\r\n\r\n");
    assertThat(chunked).startsWith("HTTP/1.1 400 ").contains("invalid-body").contains("challenge");
  }

  /**
   * RFC 9112 6.3: a request whose Transfer-Encoding does not end in chunked has no length a server
   * can read, so it is a 400, not the 501 a coding before chunked gets. It met the generic "start
   * line, headers or framing are malformed"; the detail now says what to send instead.
   */
  @Test
  void aTransferCodingNotEndingInChunkedIs400SayingSo() throws IOException {
    String answer = exchange("POST /api/v1/plans HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
        + "Transfer-Encoding: gzip\r\nConnection: close\r\n\r\n{}");
    assertThat(answer).startsWith("HTTP/1.1 400 ").contains("application/problem+json")
        .contains("urn:trustatlas:problem:bad-request").contains("Transfer-Encoding").contains("end in chunked")
        .doesNotContain("transfer-coding-not-implemented").doesNotContain("challenge");
  }

  /** A plain GET of {@code target}, the connection closed after the answer. */
  private static String get(String target) throws IOException {
    return exchange("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
  }

  private static String headerOf(String answer, String name) {
    for (String line : answer.substring(0, answer.indexOf("\r\n\r\n")).split("\r\n")) {
      if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
        return line.substring(name.length() + 1).strip();
      }
    }
    return null;
  }
}
