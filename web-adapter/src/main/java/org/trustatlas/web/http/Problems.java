package org.trustatlas.web.http;

import org.eclipse.jetty.http.HttpStatus;
import org.trustatlas.content.input.PackProblem;
import org.trustatlas.content.input.InputException;
import org.trustatlas.content.input.Quote;
import org.trustatlas.core.dynamics.SimulationCost;
import org.trustatlas.core.dynamics.SimulationTooLargeException;

/**
 * The problem types this server answers with. Each type is one kind of mistake a client can make
 * and fix; the detail names the bad value.
 */
public final class Problems {

  static final String PREFIX = "urn:trustatlas:problem:";
  public static final String INVALID_PARAMETER = PREFIX + "invalid-parameter";
  public static final String UNKNOWN_CONCEPT = PREFIX + "unknown-concept";
  public static final String NOT_FOUND = PREFIX + "not-found";
  public static final String METHOD_NOT_ALLOWED = PREFIX + "method-not-allowed";
  public static final String BODY_TOO_LARGE = PREFIX + "body-too-large";
  public static final String UNSUPPORTED_MEDIA_TYPE = PREFIX + "unsupported-media-type";
  public static final String NOT_ACCEPTABLE = PREFIX + "not-acceptable";
  public static final String BAD_REQUEST = PREFIX + "bad-request";
  public static final String INVALID_BODY = PREFIX + "invalid-body";
  public static final String SERVER_ERROR = PREFIX + "server-error";
  public static final String SIMULATION_TOO_LARGE = PREFIX + "simulation-too-large";
  public static final String VERSION_NOT_SUPPORTED = PREFIX + "http-version-not-supported";
  public static final String TOO_SLOW = PREFIX + "deadline-exceeded";
  public static final String TRANSFER_CODING_NOT_IMPLEMENTED = PREFIX + "transfer-coding-not-implemented";
  /**
   * RFC 9457's type for a problem the status alone describes. Public, as every type is, so OpenApiTest
   * checks the Problem schema lists it too.
   */
  public static final String ABOUT_BLANK = "about:blank";

  private Problems() {}

  /**
   * A named parameter at fault, a query parameter or a page form's field (both are name=value pairs):
   * unknown, repeated, missing, malformed or not text. {@code parameter} names it; the detail says
   * which it was and why.
   */
  public static Problem invalidParameter(String parameter, String detail) {
    return Problem.of(INVALID_PARAMETER, "Invalid parameter", 400, detail).with("parameter", parameter);
  }

  public static Problem unknownConcept(String detail) {
    return Problem.of(UNKNOWN_CONCEPT, "No such concept", 404, detail);
  }

  /**
   * The HTTP request itself could not be read (its path, start line, headers, framing or timing), so
   * nothing in it was: one type with one title, as RFC 9457 asks; the status and the detail say which.
   */
  public static Problem badRequest(int status, String detail) {
    return Problem.of(BAD_REQUEST, "Bad request", status, detail);
  }

  /**
   * A status no route names a problem for: {@code about:blank}, titled with the status's reason phrase
   * ("Conflict"), as RFC 9457 4.2.1 asks; a status with no phrase is titled "HTTP n".
   */
  public static Problem plain(int status) {
    String phrase = HttpStatus.getMessage(status);
    String title = phrase == null || phrase.isBlank() || phrase.equals(Integer.toString(status)) ? "HTTP " + status : phrase;
    return Problem.of(ABOUT_BLANK, title, status, "The request could not be handled.");
  }

  /** The request did not arrive whole before the deadline (a body shorter than its Content-Length). */
  public static Problem requestTimeout() {
    return badRequest(408, "The request did not arrive in time; the connection is closed.");
  }

  /** A path Jetty refuses before any route: its encoding, not the route, is at fault. */
  public static Problem badPath() {
    return badRequest(400, "The path is not one this server reads: it must be "
        + "correctly percent-encoded (each % followed by two hexadecimal digits) UTF-8 text, without encoded "
        + "dots, slashes, NUL or other control characters.");
  }

  public static Problem notFound(String path) {
    return Problem.of(NOT_FOUND, "Not found", 404, "Nothing is served at " + Quote.bare(path) + ".");
  }

  public static Problem methodNotAllowed(String method, String path, String allowed) {
    return Problem.of(METHOD_NOT_ALLOWED, "Method not allowed", 405,
        Quote.bare(method) + " is not allowed on " + Quote.of(path) + "; use " + allowed + ".").with("allowed", allowed);
  }

  public static Problem bodyTooLarge(long limit) {
    return Problem.of(BODY_TOO_LARGE, "Request body too large", 413,
        "Request bodies may be at most " + limit + " bytes.");
  }

  public static Problem unsupportedMediaType(String got, String expected) {
    String sent = got == null || got.isBlank() ? "no Content-Type" : "Content-Type " + Quote.of(got);
    return Problem.of(UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", 415,
        "This route reads " + expected + " but the request has " + sent + ".").with("expected", expected);
  }

  /** An {@code Accept} that allows none of what the route answers in: 406, naming what it offers. */
  public static Problem notAcceptable(String accept, String offered) {
    return Problem.of(NOT_ACCEPTABLE, "Not acceptable", 406, "This route answers in application/json (its "
        + "problems in application/problem+json), which the request's Accept " + Quote.of(accept) + " does not "
        + "allow; accept application/json (or */*).").with("offered", offered);
  }

  /** A body in a charset this server cannot decode, or this route does not read: 415, naming it. */
  public static Problem unsupportedCharset(String charset) {
    return Problem.of(UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", 415, "The request body's charset "
        + Quote.of(charset) + " is not one this route reads; send the body as UTF-8.").with("expected", "UTF-8");
  }

  /** A compressed body: nothing here inflates one, so it is 415, naming the encoding. */
  public static Problem unsupportedEncoding(String encoding) {
    return Problem.of(UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", 415, "The request body has Content-Encoding "
        + Quote.of(encoding) + "; this server reads bodies only uncompressed, so send it without compression.")
        .with("expected", "identity");
  }

  /**
   * A request body that is not what the route reads: malformed JSON, an unknown or repeated member,
   * a value of the wrong type or range. {@code pointer} is the JSON pointer of the bad member, or
   * empty for the body as a whole.
   */
  public static Problem invalidBody(String pointer, String detail) {
    return Problem.of(INVALID_BODY, "Invalid request body", 400, detail).with("pointer", pointer);
  }

  /**
   * Input refused by content-model's strict reader: 413 when it is over a size limit, otherwise 400;
   * the detail says where (line and column of the body, JSON pointer) in the reader's words.
   */
  public static Problem refusedInput(InputException refused) {
    PackProblem at = refused.problem();
    String where = at.line() > 0 ? " at line " + at.line() + ", column " + at.column() : "";
    String detail = "The request body was refused" + where + ": " + sentence(at.message());
    return refused.tooLarge()
        ? Problem.of(BODY_TOO_LARGE, "Request body too large", 413, detail).with("pointer", at.pointer())
        : invalidBody(at.pointer(), detail);
  }

  /** A simulation over core's cost limits, refused before it ran: 422, with the limits. */
  public static Problem simulationTooLarge(SimulationTooLargeException refused) {
    return Problem.of(SIMULATION_TOO_LARGE, "Simulation too large", 422, "The simulation was refused before it ran: "
        + sentence(refused.getMessage()))
        .with("maxSteps", String.valueOf(SimulationCost.MAX_STEPS))
        .with("maxEvents", String.valueOf(SimulationCost.MAX_EVENTS))
        .with("steps", String.valueOf(refused.cost().steps()))
        .with("events", String.valueOf(refused.cost().events()));
  }

  public static Problem versionNotSupported() {
    return Problem.of(VERSION_NOT_SUPPORTED, "HTTP version not supported", 505,
        "This server speaks HTTP/1.1 and HTTP/1.0; the request used another version.");
  }

  /** The path and query are longer than the server reads; it never quotes them. */
  public static Problem uriTooLong(int maxHeadBytes) {
    return badRequest(414, "The request's target (its path and query) is longer than "
        + "this server reads; a request's start line and headers come to at most " + maxHeadBytes / 1024 + " KiB.");
  }

  /** The request's headers are longer than the server reads; it never quotes them. */
  public static Problem headersTooLarge(int maxHeadBytes) {
    return badRequest(431, "The request's headers are larger than this server reads; a request's start line and "
        + "headers come to at most " + maxHeadBytes / 1024 + " KiB.");
  }

  /** An {@code Expect} other than {@code 100-continue}, which is all this server meets. */
  public static Problem expectationFailed() {
    return badRequest(417, "The request's Expect header asks for something this server does not do; it meets "
        + "only Expect: 100-continue, so send the request without it.");
  }

  /** HTTP/2's connection preface ({@code PRI * HTTP/2.0}) on this HTTP/1.1 port. */
  public static Problem http2NotSpoken() {
    return badRequest(426, "This server speaks HTTP/1.1 and HTTP/1.0, not HTTP/2 without TLS; send the request "
        + "over HTTP/1.1.");
  }

  /**
   * A {@code Transfer-Encoding} with a coding other than chunked (RFC 9112 6.1: 501): Jetty reads the
   * chunks and would pass on what they hold still encoded, and nothing here decodes it.
   */
  public static Problem transferCodingNotImplemented(String coding) {
    return Problem.of(TRANSFER_CODING_NOT_IMPLEMENTED, "Transfer coding not implemented", 501, "The request has "
        + "Transfer-Encoding " + Quote.of(coding) + "; this server reads only chunked, so send the body chunked or "
        + "with a Content-Length.").with("expected", "chunked");
  }

  /**
   * A {@code Transfer-Encoding} whose last coding is not chunked ({@code gzip} alone): RFC 9112 6.3
   * leaves the body with no length a server can read, so it is a 400, refused by Jetty before any
   * route, not the 501 a coding before a final chunked gets.
   */
  public static Problem transferCodingNotLastChunked() {
    return badRequest(400, "The request's Transfer-Encoding does not end in chunked, so its body has no length this "
        + "server can read (RFC 9112 6.3); send the body chunked, or with a Content-Length and no Transfer-Encoding.");
  }

  /** The request's framing could not be read: a malformed chunk size, a body cut short. */
  public static Problem malformedFraming() {
    return badRequest(400, "The request body's framing could not be read (a malformed chunk or a body cut short); "
        + "send it again with a correct Content-Length or chunked encoding.");
  }

  /** The request was not answered within its deadline; its work was stopped. */
  public static Problem tooSlow(long millis) {
    return Problem.of(TOO_SLOW, "Request took too long", 503, "The request was stopped after " + millis
        + " ms without an answer; try again, or ask for less.");
  }

  private static String sentence(String message) {
    String text = message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    return text.endsWith(".") ? text : text + ".";
  }


  /** Deliberately vague: internals are not shown to readers or clients. */
  public static Problem serverError() {
    return Problem.of(SERVER_ERROR, "Internal server error", 500,
        "Something went wrong on the server; the request was not completed.");
  }
}
