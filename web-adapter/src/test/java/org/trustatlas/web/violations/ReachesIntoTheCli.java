package org.trustatlas.web.violations;

import org.trustatlas.cli.elsewhere.CliCommand;

/** A front end that calls another front end: what AdapterRules.dependOnNoOtherFrontEnd forbids. */
final class ReachesIntoTheCli {

  int exitCode() {
    return new CliCommand().run();
  }
}
