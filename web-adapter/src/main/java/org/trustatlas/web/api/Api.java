package org.trustatlas.web.api;

/** Where the API lives; the version is in the path so a later v2 can run beside it. */
public final class Api {

  public static final String PREFIX = "/api/v1";

  private Api() {}
}
