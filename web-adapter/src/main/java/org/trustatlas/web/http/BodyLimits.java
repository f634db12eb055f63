package org.trustatlas.web.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import org.trustatlas.content.input.InputLimits;

/**
 * Request bodies are small by design (a search, a form, a plan request). Larger ones are refused
 * before any handler reads them, and each body-reading route states the one media type it reads.
 */
public final class BodyLimits {

  /** 64 KiB, content-model's limit for one document: far above any form or plan request, far below anything that costs memory. */
  public static final long MAX_BYTES = InputLimits.DOCUMENT.maxBytes();

  public static final String FORM = "application/x-www-form-urlencoded";
  public static final String JSON = "application/json";

  private BodyLimits() {}

  /** Bodies up to this size are read and dropped before a 413, so the client sees the answer. */
  static final long DRAIN_BYTES = 1024 * 1024;

  /** A before-handler for every request: refuses a declared body over the limit with 413. */
  public static void refuseOversized(Context ctx) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > MAX_BYTES) {
      if (declared <= DRAIN_BYTES) {
        drain(ctx);
      }
      ctx.header("Connection", "close");
      throw Problems.bodyTooLarge(MAX_BYTES).toException();
    }
  }

  /**
   * Answering before the client has sent its body and then closing makes TCP reset the
   * connection, and the client may never read the 413. Reading a moderately sized body to the
   * end first avoids that; its bytes are discarded unseen.
   */
  private static void drain(Context ctx) {
    try (InputStream in = ctx.req().getInputStream()) {
      in.transferTo(OutputStream.nullOutputStream());
    } catch (IOException clientGone) {
      // nothing to answer then
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
