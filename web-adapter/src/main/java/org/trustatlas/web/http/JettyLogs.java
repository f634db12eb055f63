package org.trustatlas.web.http;

/**
 * Jetty's warnings about bad requests quote what the client sent (a Host header, a request line, a
 * URI), and what a reader sends must never reach the log. With slf4j-simple (the launcher's backend), these
 * loggers are turned off or down before Jetty creates them; an explicit setting wins, and an
 * application with its own logging configures its own.
 */
public final class JettyLogs {

  private static final String PREFIX = "org.slf4j.simpleLogger.log.";

  private JettyLogs() {}

  public static void quiet() {
    quiet("org.eclipse.jetty.util.HostPort", "off");
    quiet("org.eclipse.jetty.http", "off");
    quiet("org.eclipse.jetty.server.internal", "error");
    quiet("org.eclipse.jetty.server.Request", "off");
    quiet("org.eclipse.jetty.ee10.servlet", "error");
  }

  private static void quiet(String logger, String level) {
    if (System.getProperty(PREFIX + logger) == null) {
      System.setProperty(PREFIX + logger, level);
    }
  }
}
