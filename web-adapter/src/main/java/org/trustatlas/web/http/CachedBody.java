package org.trustatlas.web.http;

import io.javalin.http.Context;
import io.javalin.http.Header;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.trustatlas.content.json.AtlasJson;
import tools.jackson.databind.JsonNode;

/**
 * A response body computed once and served many times: its bytes, a strong ETag over them and a
 * cache policy. Answers {@code If-None-Match} with 304 so unchanged content is not sent again.
 */
public record CachedBody(byte[] bytes, String contentType, String etag, CachePolicy policy) {

  public static final String JSON = "application/json; charset=utf-8";
  public static final String HTML = "text/html; charset=utf-8";

  public static CachedBody of(String text, String contentType, CachePolicy policy) {
    return of(text.getBytes(StandardCharsets.UTF_8), contentType, policy);
  }

  public static CachedBody of(byte[] bytes, String contentType, CachePolicy policy) {
    return new CachedBody(bytes, contentType, etagOf(bytes), policy);
  }

  /**
   * A body made when it is first asked for, then kept: work such as the whole-atlas export is not
   * done before the server opens its port. Thread-safe; made once.
   */
  public static Supplier<CachedBody> onFirstRequest(Supplier<CachedBody> make) {
    return new Supplier<>() {
      private volatile CachedBody body;

      @Override
      public CachedBody get() {
        CachedBody made = body;
        if (made == null) {
          synchronized (this) {
            made = body;
            if (made == null) {
              made = make.get();
              body = made;
            }
          }
        }
        return made;
      }
    };
  }

  /**
   * Sends a JSON answer made for this request only: marked {@code no-store}, so neither the browser
   * nor any cache between keeps what a reader's words or answers brought back.
   */
  public static void sendFresh(Context ctx, JsonNode answer) {
    ctx.header(Header.CACHE_CONTROL, CachePolicy.NO_STORE.header());
    ctx.contentType(JSON).result(AtlasJson.compactBytes(answer));
  }

  public void send(Context ctx) {
    ctx.header(Header.ETAG, etag);
    ctx.header(Header.CACHE_CONTROL, policy.header());
    if (matches(ctx.header(Header.IF_NONE_MATCH))) {
      // RFC 9110 15.4.5: no content, so no Content-Type (Javalin sets text/plain on every response first)
      ctx.status(304);
      ctx.res().setContentType(null);
      return;
    }
    ctx.contentType(contentType);
    ctx.result(bytes);
  }

  /** RFC 9110 weak comparison: a list of tags, any of which may match, or {@code *}. */
  private boolean matches(String ifNoneMatch) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String tag : ifNoneMatch.split(",")) {
      String candidate = tag.strip();
      if (candidate.equals("*") || candidate.equals(etag) || candidate.equals("W/" + etag)) {
        return true;
      }
    }
    return false;
  }

  private static String etagOf(byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
