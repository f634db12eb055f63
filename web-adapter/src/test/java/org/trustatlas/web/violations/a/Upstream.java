package org.trustatlas.web.violations.a;

import org.trustatlas.web.violations.b.Downstream;

/** One half of a package cycle: a uses b, b uses a (AdapterRules.packagesFreeOfCycles). */
public final class Upstream {

  public Downstream next() {
    return new Downstream();
  }
}
