package org.trustatlas.web.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpResponseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trustatlas.content.HttpEndpoint;
import org.trustatlas.content.input.InputException;
import org.trustatlas.content.json.AtlasJson;
import org.trustatlas.core.dynamics.SimulationTooLargeException;

/**
 * Turns every failure into a problem: problem+json for API clients, the same problem as a calm
 * page for browsers. Nothing reaches a client as a stack trace or a bare 500.
 */
public final class ErrorHandling {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorHandling.class);
  private static final String WRITTEN = "trustatlas.problem-written";

  private final Function<Problem, String> htmlPage;

  /** @param htmlPage renders a problem as a full HTML page for browsers */
  public ErrorHandling(Function<Problem, String> htmlPage) {
    this.htmlPage = htmlPage;
  }

  public void addTo(RoutesConfig routes) {
    routes.exception(ProblemException.class, (e, ctx) -> write(ctx, e.problem()));
    routes.exception(HttpResponseException.class, (e, ctx) -> write(ctx, translate(e, ctx)));
    routes.exception(SimulationTooLargeException.class, (e, ctx) -> write(ctx, Problems.simulationTooLarge(e)));
    routes.exception(InputException.class, (e, ctx) -> write(ctx, Problems.refusedInput(e)));
    routes.exception(Exception.class, (e, ctx) -> {
      if (SafeErrors.isMalformedRequest(e)) {
        // the client's framing, not a fault of the server: nothing to log, a plain 400 to answer
        ctx.header(Header.CONNECTION, "close");
        write(ctx, Problems.malformedFraming());
        return;
      }
      if (SafeErrors.isCutByDeadline(e)) {
        // the deadline answers 408 too; whichever is first, the client reads a 408 and nothing is logged
        ctx.header(Header.CONNECTION, "close");
        write(ctx, Problems.requestTimeout());
        return;
      }
      LOG.error("unhandled {} on {} {}", SafeErrors.describe(e), ctx.method().name(), PrivateRequestLog.route(ctx));
      write(ctx, Problems.serverError());
    });
    routes.error(404, ctx -> writeUnlessWritten(ctx, Problems.notFound(ctx.path())));
    routes.error(405, ctx -> writeUnlessWritten(ctx, methodNotAllowed(ctx)));
    routes.error(500, ctx -> writeUnlessWritten(ctx, Problems.serverError()));
  }

  /**
   * A {@link Error} (out of memory, stack overflow) in a handler: logged here without the
   * request's data, answered 500. Replaces Javalin's own handler, whose logger the server keeps
   * quiet.
   */
  public static void fatal(jakarta.servlet.http.HttpServletResponse response, Error error) {
    LOG.error("fatal {}", SafeErrors.describe(error));
    response.setStatus(500);
  }

  private Problem translate(HttpResponseException e, Context ctx) {
    return switch (e.getStatus()) {
      case 404 -> Problems.notFound(ctx.path());
      case 405 -> methodNotAllowed(ctx, e);
      case 413 -> Problems.bodyTooLarge(BodyLimits.MAX_BYTES);
      case 415 -> Problems.unsupportedMediaType(ctx.header(Header.CONTENT_TYPE), "the documented media type");
      default -> e.getStatus() >= 500 ? Problems.serverError()
          : Problems.plain(e.getStatus());
    };
  }

  /**
   * Javalin's 405 names the methods the path takes in its details; they become the {@code Allow}
   * header (with HEAD wherever GET is, as {@link HeadAsGet} answers it) and the detail.
   */
  private static Problem methodNotAllowed(Context ctx, HttpResponseException e) {
    e.getDetails().values().stream().findFirst().filter(methods -> !methods.isBlank()).ifPresent(methods -> {
      List<String> allowed = new ArrayList<>(List.of(methods.split(",\\s*")));
      if (allowed.contains("GET") && !allowed.contains("HEAD")) {
        allowed.add(allowed.indexOf("GET") + 1, "HEAD");
      }
      ctx.header(Header.ALLOW, String.join(", ", allowed));
    });
    return methodNotAllowed(ctx);
  }

  private static Problem methodNotAllowed(Context ctx) {
    String allowed = ctx.res().getHeader(Header.ALLOW);
    return Problems.methodNotAllowed(ctx.method().name(), ctx.path(), allowed == null ? "GET" : allowed);
  }

  private void writeUnlessWritten(Context ctx, Problem problem) {
    if (ctx.attribute(WRITTEN) == null) {
      write(ctx, problem);
    }
  }

  /** Writes the problem as HTML when a browser asks for a page, as problem+json otherwise. */
  public void write(Context ctx, Problem problem) {
    ctx.attribute(WRITTEN, Boolean.TRUE);
    BodyLimits.finishReading(ctx);
    ctx.status(problem.status());
    ctx.header(Header.CACHE_CONTROL, CachePolicy.NO_STORE.header());
    ctx.removeHeader(Header.ETAG);
    if (wantsHtml(ctx)) {
      ctx.html(htmlPage.apply(problem));
    } else {
      ctx.contentType(Problem.MEDIA_TYPE);
      // as UTF-8 bytes: a String result would be encoded as ISO-8859-1 for this media type, and a
      // quoted value's ellipsis, emoji or right-to-left mark would arrive as '?'
      ctx.result(AtlasJson.compactBytes(problem.toJson()));
    }
  }

  /**
   * JSON routes always get JSON; other paths get a page when the client's Accept prefers HTML to JSON
   * and to problem+json (a browser's does); {@code *}{@code /*} alone (curl's), or none, gets
   * problem+json.
   */
  static boolean wantsHtml(Context ctx) {
    if (Negotiation.isJsonRoute(ctx.path())) {
      return false;
    }
    String accept = ctx.header(Header.ACCEPT);
    return HttpEndpoint.prefers(accept, "text/html", Negotiation.JSON)
        && HttpEndpoint.prefers(accept, "text/html", Problem.MEDIA_TYPE);
  }
}
