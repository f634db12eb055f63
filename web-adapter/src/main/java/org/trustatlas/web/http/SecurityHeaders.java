package org.trustatlas.web.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Headers every response carries. The policy allows only this server's own files: no inline
 * script, no third-party assets, no framing, forms post only here. Readers may be watched by the
 * person harming them, so nothing here lets another site learn where they have been.
 */
public final class SecurityHeaders {

  public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

  private static final Map<String, String> HEADERS = headers();

  private SecurityHeaders() {}

  private static Map<String, String> headers() {
    Map<String, String> h = new LinkedHashMap<>();
    h.put("Content-Security-Policy", CSP);
    h.put("X-Content-Type-Options", "nosniff");
    h.put("Referrer-Policy", "no-referrer");
    h.put("X-Frame-Options", "DENY");
    h.put("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()");
    h.put("Cross-Origin-Opener-Policy", "same-origin");
    h.put("Cross-Origin-Resource-Policy", "same-origin");
    return Map.copyOf(h);
  }

  public static Map<String, String> all() {
    return HEADERS;
  }

  /** Writes every header through {@code setter}, for Javalin contexts and raw Jetty responses alike. */
  public static void apply(BiConsumer<String, String> setter) {
    HEADERS.forEach(setter);
  }
}
