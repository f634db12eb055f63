package org.trustatlas.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Skips a test whose tool is missing, saying why on the console: Surefire keeps a skip's reason
 * in its XML report only, and a skip in {@code @BeforeAll} shows there as "Tests run: 0".
 */
final class Skips {

  private Skips() {}

  /** Skips the calling test or class unless {@code available}, printing {@code what} and {@code reason}. */
  static void unless(boolean available, String what, String reason) {
    if (!available) {
      System.out.println("[SKIPPED] " + what + ": " + reason);
      System.out.flush();
    }
    assumeTrue(available, reason);
  }
}
