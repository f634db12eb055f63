package org.trustatlas.web.http;

/**
 * Describes an exception for the server log without its messages: parsers put the input they
 * choked on into messages, and that input may be what a reader typed.
 */
final class SafeErrors {

  private static final int FRAMES = 8;

  private SafeErrors() {}

  /**
   * Whether {@code error} comes from a request Jetty could not read (a malformed chunk size, a body
   * cut short, a client gone mid-body): Jetty marks those as HTTP exceptions or end-of-file.
   */
  static boolean isMalformedRequest(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof org.eclipse.jetty.http.HttpException || t instanceof org.eclipse.jetty.io.EofException) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the request deadline cut the handling thread ({@link RequestDeadline} interrupts it only
   * then, and has already answered 408): a body that never arrived whole, not a fault of the server.
   */
  static boolean isCutByDeadline(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof java.io.InterruptedIOException || t instanceof InterruptedException) {
        return true;
      }
    }
    return false;
  }

  static String describe(Throwable error) {
    StringBuilder out = new StringBuilder();
    for (Throwable t = error; t != null; t = t.getCause()) {
      out.append(t == error ? "" : " caused by ").append(t.getClass().getName());
      StackTraceElement[] frames = t.getStackTrace();
      for (int i = 0; i < Math.min(FRAMES, frames.length); i++) {
        out.append("\n\tat ").append(frames[i]);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return out.toString();
  }
}
