package org.trustatlas.web.http;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.trustatlas.content.json.AtlasJson;

/**
 * Errors Jetty answers itself, before Javalin sees the request (a malformed URI, an oversized
 * header, a body that breaks the limit while streaming): problem+json with the same security
 * headers, instead of Jetty's HTML page that echoes the request.
 */
public final class JettyProblemHandler extends ErrorHandler {

  /**
   * What a request's start line and headers may come to, set on every connector (WebApp) so that the 414
   * and 431 answers, the OpenAPI description and README state the size the server really reads.
   */
  public static final int MAX_HEAD_BYTES = 8 * 1024;

  @Override
  protected void generateResponse(Request request, Response response, int code, String message,
      Throwable cause, Callback callback) {
    HttpFields.Mutable headers = response.getHeaders();
    headers.put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
    headers.put(HttpHeader.CACHE_CONTROL, CachePolicy.NO_STORE.header());
    SecurityHeaders.apply(headers::put);
    response.write(true, ByteBuffer.wrap(code == 400 && (aboutThePath(cause) || violates(request))
        ? AtlasJson.compactBytes(Problems.badPath().toJson()) : body(code, message)), callback);
  }

  /**
   * A path Jetty could not decode (a % not followed by two hexadecimal digits, bytes that are not UTF-8,
   * an encoded NUL or dot segment) fails inside its URI parsing, whose failure is the cause; Jetty's
   * own reason is only "Bad Request" and is never quoted.
   */
  private static boolean aboutThePath(Throwable cause) {
    for (Throwable failure = cause; failure != null; failure = failure.getCause()) {
      for (StackTraceElement frame : failure.getStackTrace()) {
        String at = frame.getClassName();
        if (at.startsWith("org.eclipse.jetty.http.HttpURI") || at.startsWith("org.eclipse.jetty.http.UriCompliance")
            || at.startsWith("org.eclipse.jetty.util.URIUtil")) {
          return true;
        }
      }
    }
    return false;
  }

  /** A path Jetty decoded but refuses by its compliance rules: bytes that are not UTF-8, an ambiguous segment. */
  private static boolean violates(Request request) {
    return request != null && request.getHttpURI() != null && request.getHttpURI().hasViolations();
  }

  /**
   * Jetty writes an empty error, without these headers, for any method but GET, POST and HEAD
   * ("OPTIONS *" and "DELETE *" met a bare 404 or 400): every method gets the problem but CONNECT,
   * which asks for a tunnel and keeps Jetty's own answer (given a body, its connection was seen to
   * stay open after the 400). A HEAD answer still carries no body; Jetty drops it.
   */
  @Override
  public boolean errorPageForMethod(String method) {
    return !"CONNECT".equals(method);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
    fields.put(HttpHeader.CACHE_CONTROL, CachePolicy.NO_STORE.header());
    SecurityHeaders.apply(fields::put);
    return ByteBuffer.wrap(body(status, reason));
  }

  /**
   * As {@link #body(int)}, but a 400 whose Jetty reason is about the Transfer-Encoding ("Bad
   * Transfer-Encoding, chunked not last": a last coding other than chunked, RFC 9112 6.3) says so.
   * Only the reason's kind is read; nothing of it is quoted.
   */
  static byte[] body(int status, String reason) {
    if (status == 400 && reason != null && reason.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding")) {
      return AtlasJson.compactBytes(Problems.transferCodingNotLastChunked().toJson());
    }
    return body(status);
  }

  /** The detail names the class of failure only, in this server's words: Jetty's reason may quote the request. */
  static byte[] body(int status) {
    Problem problem = switch (status) {
      case 413 -> Problems.bodyTooLarge(BodyLimits.MAX_BYTES);
      case 404 -> Problems.notFound("this address");
      case 505 -> Problems.versionNotSupported();
      case 408 -> Problems.requestTimeout();
      case 414 -> Problems.uriTooLong(MAX_HEAD_BYTES);
      case 431 -> Problems.headersTooLarge(MAX_HEAD_BYTES);
      case 417 -> Problems.expectationFailed();
      case 426 -> Problems.http2NotSpoken();
      default -> status >= 500 ? Problems.serverError()
          : Problems.badRequest(status, "The request could not be read: its start line, headers or framing are "
              + "malformed (HTTP " + status + ").");
    };
    return AtlasJson.compactBytes(problem.toJson());
  }
}
