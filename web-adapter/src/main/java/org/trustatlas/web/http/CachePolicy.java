package org.trustatlas.web.http;

/**
 * How long clients may keep a response. Atlas content cannot change while the server runs, so
 * it carries an ETag; pages are still revalidated and kept out of shared caches, because what a
 * reader looked at is nobody else's business.
 */
public enum CachePolicy {
  /** API content and assets: the same for everyone until the server restarts with another pack. */
  PUBLIC("public, max-age=300"),
  /** Pages: the browser revalidates with the ETag each time; proxies keep nothing. */
  PRIVATE_PAGE("private, no-cache"),
  /** Errors, health and anything a reader typed: never stored anywhere. */
  NO_STORE("no-store");

  private final String header;

  CachePolicy(String header) {
    this.header = header;
  }

  public String header() {
    return header;
  }
}
