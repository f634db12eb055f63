package org.trustatlas.web.http;

/**
 * Describes an exception for the server log without its messages: parsers put the input they
 * choked on into messages, and that input may be what a reader typed.
 */
final class SafeErrors {

  private static final int FRAMES = 8;

  private SafeErrors() {}

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
