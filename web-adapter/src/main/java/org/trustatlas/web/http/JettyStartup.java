package org.trustatlas.web.http;

import java.util.Locale;

/**
 * Two things Jetty does once per JVM that held up the server's first answer by about a tenth of a
 * second on two cores. Its thread pool's queue asks the platform MBean server whether references
 * are compressed, to pad against false sharing; starting that server registers every platform
 * MBean. A heap under 32 GB compresses them by default, so the answer is stated beforehand, unless
 * set explicitly. And its table of MIME types walks every locale the JDK has: {@link #warm()} lets
 * the thread that prepares the pack pay for that walk while the main thread builds the routes.
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
}
