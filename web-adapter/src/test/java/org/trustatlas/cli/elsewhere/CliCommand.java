package org.trustatlas.cli.elsewhere;

/** Stands for a class of the CLI, which the web adapter must never use (see AdapterRulesBiteTest). */
public final class CliCommand {

  public int run() {
    return 0;
  }
}
