package org.trustatlas.web.violations.b;

import org.trustatlas.web.violations.a.Upstream;

/** The other half of the package cycle: b uses a. */
public final class Downstream {

  public Upstream back() {
    return new Upstream();
  }
}
