package org.trustatlas.web;

import java.net.URI;
import java.util.Locale;

/**
 * How the server is set up beyond host and port.
 *
 * @param quickExitUrl the neutral page "Leave this site quickly" goes to; an organisation serving
 *     the atlas may prefer a site that is ordinary where its readers live
 * @param benchRoutes whether to add {@code /bench/hello} for the throughput benchmark
 * @param requestLog whether to log one line per request (method, route template, status, time;
 *     never what was asked), as {@code atlas serve --verbose} does
 */
public record WebOptions(String quickExitUrl, boolean benchRoutes, boolean requestLog) {

  public static final String DEFAULT_QUICK_EXIT = "https://www.bbc.com/weather";

  public WebOptions {
    URI uri = URI.create(quickExitUrl);
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      throw new IllegalArgumentException("quick-exit URL '" + quickExitUrl + "' must be an http(s) address");
    }
  }

  public static WebOptions defaults() {
    return new WebOptions(DEFAULT_QUICK_EXIT, false, false);
  }

  /** {@code -Dtrustatlas.quickExitUrl=...}, {@code -Dtrustatlas.bench=true}, {@code -Dtrustatlas.requestLog=true}. */
  public static WebOptions fromSystemProperties() {
    return new WebOptions(System.getProperty("trustatlas.quickExitUrl", DEFAULT_QUICK_EXIT),
        Boolean.getBoolean("trustatlas.bench"), Boolean.getBoolean("trustatlas.requestLog"));
  }

  public WebOptions withQuickExitUrl(String url) {
    return new WebOptions(url, benchRoutes, requestLog);
  }

  public WebOptions withBenchRoutes(boolean on) {
    return new WebOptions(quickExitUrl, on, requestLog);
  }

  public WebOptions withRequestLog(boolean on) {
    return new WebOptions(quickExitUrl, benchRoutes, on);
  }
}
