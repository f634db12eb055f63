package org.trustatlas.web.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
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
        discard(ctx, DRAIN_BYTES);   // see discard: the client then reads the 413
      }
      ctx.header("Connection", "close");
      throw Problems.bodyTooLarge(MAX_BYTES).toException();
    }
  }

  /**
   * A before-handler for every request: refuses with 501 a {@code Transfer-Encoding} naming any coding
   * but chunked ({@code gzip, chunked}). Jetty takes the chunks apart and hands on their bytes still
   * in the other coding, which would then be read as the body; it refuses a last coding that is not
   * chunked itself.
   */
  public static void refuseUnknownTransferCoding(Context ctx) {
    java.util.Enumeration<String> sent = ctx.req().getHeaders("Transfer-Encoding");
    while (sent != null && sent.hasMoreElements()) {
      for (String coding : sent.nextElement().split(",")) {
        String name = coding.split(";", 2)[0].strip();
        if (!name.isEmpty() && !name.equalsIgnoreCase("chunked")) {
          ctx.header("Connection", "close");
          throw Problems.transferCodingNotImplemented(name).toException();
        }
      }
    }
  }

  /**
   * Reads to its end, unseen, what is left of a body no handler read (a request refused before its
   * body was wanted), so the connection can carry the client's next request: left unread, Jetty
   * closes the connection after the answer, and a client may already be sending on it. Past the
   * limit reading stops and the connection is closed instead, as it is for a client that waits to be
   * asked for its body ({@code Expect: 100-continue}): reading would ask it for a body already
   * refused. Either way the answer says so.
   */
  static void finishReading(Context ctx) {
    if ("close".equalsIgnoreCase(ctx.res().getHeader("Connection"))) {
      return;
    }
    if ("100-continue".equalsIgnoreCase(ctx.header("Expect")) || !discard(ctx, MAX_BYTES)) {
      ctx.header("Connection", "close");
    }
  }

  /**
   * Reads and drops, unseen, at most {@code limit} bytes of the request's body; whether its end came
   * within them. Answering before the client has sent its body and then closing makes TCP reset the
   * connection, and the client may never read the answer; a body read to its end first avoids that.
   * False too when the client is gone or the body was read another way.
   */
  private static boolean discard(Context ctx, long limit) {
    try {
      InputStream in = ctx.req().getInputStream();
      byte[] chunk = new byte[8192];
      long read = 0;
      for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
        read += n;
        if (read > limit) {
          return false;
        }
      }
      return true;
    } catch (IOException | IllegalStateException unreadable) {
      return false;
    }
  }

  /**
   * Refuses with 415 a body of another media type, in a charset this server cannot decode, or
   * compressed (nothing here inflates a body, so a compressed one would be read as garbled text);
   * call before reading the body. The header is read as sent: Jetty's own parsing of it fails on an
   * unknown charset with an exception, which would be a 500.
   *
   * @return the charset the body is in: the one its Content-Type names, else UTF-8
   */
  public static Charset require(Context ctx, String mediaType) {
    String sent = ctx.header("Content-Type");
    String[] parts = sent == null ? new String[] {""} : sent.split(";", -1); // ";" alone: one empty type
    if (!parts[0].strip().toLowerCase(Locale.ROOT).equals(mediaType)) {
      throw Problems.unsupportedMediaType(sent, mediaType).toException();
    }
    Optional<String> named = charset(parts);
    if (named.isPresent() && !readable(named.get())) {
      throw Problems.unsupportedCharset(named.get()).toException();
    }
    String encoding = ctx.header("Content-Encoding");
    if (encoding != null && !encoding.isBlank() && !encoding.strip().equalsIgnoreCase("identity")) {
      throw Problems.unsupportedEncoding(encoding.strip()).toException();
    }
    return named.map(Charset::forName).orElse(StandardCharsets.UTF_8);
  }

  /**
   * As {@link #require}, for a body read only as UTF-8 (a form, whose percent-encoded bytes are
   * checked as UTF-8; JSON, which RFC 8259 has in UTF-8): a body in another charset is refused with 415, naming the charset as sent.
   * US-ASCII is UTF-8's first 128 characters, so a form that says it is read all the same.
   */
  public static void requireUtf8(Context ctx, String mediaType) {
    Charset charset = require(ctx, mediaType);
    if (!charset.equals(StandardCharsets.UTF_8) && !charset.equals(StandardCharsets.US_ASCII)) {
      String named = charset(ctx.header("Content-Type").split(";", -1)).orElseThrow();
      throw Problems.unsupportedCharset(named).toException();
    }
  }

  private static Optional<String> charset(String[] parts) {
    for (int i = 1; i < parts.length; i++) {
      String[] parameter = parts[i].split("=", 2);
      if (parameter[0].strip().equalsIgnoreCase("charset")) {
        String value = parameter.length < 2 ? "" : parameter[1].strip();
        return Optional.of(value.length() > 1 && value.startsWith("\"") && value.endsWith("\"")
            ? value.substring(1, value.length() - 1) : value);
      }
    }
    return Optional.empty();
  }

  private static boolean readable(String charset) {
    try {
      return Charset.isSupported(charset);
    } catch (IllegalArgumentException notAName) {
      return false;
    }
  }
}
