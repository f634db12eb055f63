package org.trustatlas.web.http;

import io.javalin.http.Context;
import java.util.Locale;

/**
 * Request bodies are small by design (a search, a form, a plan request). Larger ones are refused
 * before any handler reads them, and each body-reading route states the one media type it reads.
 */
public final class BodyLimits {

  /** 64 KiB: far above any form or plan request, far below anything that costs memory. */
  public static final long MAX_BYTES = 64 * 1024;

  public static final String FORM = "application/x-www-form-urlencoded";
  public static final String JSON = "application/json";

  private BodyLimits() {}

  /** A before-handler for every request: refuses a declared body over the limit with 413. */
  public static void refuseOversized(Context ctx) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > MAX_BYTES) {
      throw Problems.bodyTooLarge(MAX_BYTES).toException();
    }
  }

  /** Refuses a body of another media type with 415; call before reading the body. */
  public static void require(Context ctx, String mediaType) {
    String sent = ctx.contentType();
    String base = sent == null ? "" : sent.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (!base.equals(mediaType)) {
      throw Problems.unsupportedMediaType(sent, mediaType).toException();
    }
  }
}
