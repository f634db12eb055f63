package org.trustatlas.web.http;

import io.javalin.http.Context;
import io.javalin.http.Header;
import org.trustatlas.content.HttpEndpoint;

/**
 * What the JSON routes ({@code /api/...} and {@code /health...}) can answer: JSON, and their problems
 * as problem+json. A request whose {@code Accept} does not allow JSON is refused 406 (as problem+json,
 * whatever it allows) before its route runs, rather than answered in a type it said it cannot read:
 * allowing problem+json alone is no leave to answer in JSON. Pages answer HTML whatever is asked for.
 */
public final class Negotiation {

  public static final String JSON = "application/json";
  /** What a JSON route offers, as the 406 names it. */
  public static final String OFFERED = JSON + ", " + Problem.MEDIA_TYPE;

  private Negotiation() {}

  /** Whether {@code path} is answered in JSON (its problems too), not as a page. */
  public static boolean isJsonRoute(String path) {
    return path.startsWith("/api/") || path.equals("/health") || path.startsWith("/health/");
  }

  /** For a matched route: a JSON route whose {@code Accept} does not allow JSON is a 406 problem. */
  public static void refuseUnacceptable(Context ctx) {
    String accept = ctx.header(Header.ACCEPT);
    if (isJsonRoute(ctx.path()) && !HttpEndpoint.accepts(accept, JSON)) {
      throw Problems.notAcceptable(accept, OFFERED).toException();
    }
  }
}
