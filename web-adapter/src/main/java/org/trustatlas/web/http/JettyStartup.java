package org.trustatlas.web.http;

import java.util.List;
import java.util.Locale;
import org.slf4j.LoggerFactory;

/**
 * Two things Jetty does once per JVM that held up the server's first answer by about a tenth of a
 * second on two cores. Its thread pool's queue asks the platform MBean server whether references
 * are compressed, to pad against false sharing; starting that server registers every platform
 * MBean. A heap under 32 GB compresses them by default, so the answer is stated beforehand, unless
 * set explicitly. And its table of MIME types walks every locale the JDK has: {@link #warm()} lets
 * the thread that prepares the pack pay for that walk while the main thread builds the routes;
 * {@link #preload()} lets the main thread do what needs no pack while it waits for the pack.
 */
public final class JettyStartup {

  private static final String REFERENCES_PER_CACHE_LINE = "org.eclipse.jetty.util.referencesPerCacheLine";
  private static final int CACHE_LINE_BYTES = 64;
  private static final long COMPRESSED_REFERENCES_BELOW = 32L << 30;

  private JettyStartup() {}

  /** Before the first Jetty class loads: how many references fill a cache line, without asking JMX. */
  public static void statePadding() {
    if (System.getProperty(REFERENCES_PER_CACHE_LINE) == null) {
      int referenceBytes = Runtime.getRuntime().maxMemory() < COMPRESSED_REFERENCES_BELOW ? 4 : 8;
      System.setProperty(REFERENCES_PER_CACHE_LINE, Integer.toString(CACHE_LINE_BYTES / referenceBytes));
    }
  }

  /** The JDK's list of locales, which Jetty reads while the server is created; cached by the JDK. */
  public static void warm() {
    Locale.getAvailableLocales();
  }

  /**
   * What the server's start needs whatever the pack, done while another thread reads the pack and
   * the routes cannot yet be built: Jetty's table of MIME types and its server class, the logging
   * facade, and the digest every cached answer's ETag is made with (each about 5 to 15 ms the first
   * time on two cores). It only moves work the start does anyway to a time the thread would wait.
   */
  public static void preload() {
    LoggerFactory.getILoggerFactory();
    CachedBody.of(new byte[0], CachedBody.JSON, CachePolicy.NO_STORE);
    // MIME types last: they read the locales the other thread has asked for first.
    ClassLoader loader = JettyStartup.class.getClassLoader();
    for (String name : List.of("org.eclipse.jetty.server.Server", "org.eclipse.jetty.http.MimeTypes")) {
      try {
        Class.forName(name, true, loader);
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("Jetty is missing from the class path: " + name, e);
      }
    }
  }
}
