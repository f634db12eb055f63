package org.trustatlas.web.http;

import io.javalin.http.Context;
import io.javalin.http.Header;
import java.io.ByteArrayInputStream;

/**
 * Every answer carries its length, so a client can tell a complete answer from one cut short (a
 * stop, a dropped connection). Jetty knows the length of a small answer by itself, but a large one
 * sent to a client that asked to close the connection would otherwise end only with the connection,
 * and a cut would look complete. Handlers answer with bytes in memory, so the length is known.
 */
public final class ResponseLength {

  private ResponseLength() {}

  /** An after-handler for every request. */
  public static void declare(Context ctx) {
    if (ctx.res().getHeader(Header.CONTENT_LENGTH) == null
        && ctx.resultInputStream() instanceof ByteArrayInputStream body) {
      ctx.res().setContentLengthLong(body.available());
    }
  }
}
