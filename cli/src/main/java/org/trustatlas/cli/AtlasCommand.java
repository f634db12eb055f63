package org.trustatlas.cli;

import org.trustatlas.cli.commands.GlobalOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code atlas}: the root. Its options and {@code --help}/{@code --version} reach every subcommand. */
@Command(name = "atlas", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true,
    sortOptions = false, // the version provider is set by Cli: it needs to know about --verbose
    // No header: with scope INHERIT a header would repeat on every subcommand's help.
    description = {"Trust Atlas: sexual trust in romantic relationships, as typed concepts and relations.",
        "List concepts, read one, search in your own words, follow relations, plan a repair behind a "
            + "safety gate, simulate how trust evolves, take a private check-in, find crisis services, validate a "
            + "content pack, export everything, or serve the web front end."},
    commandListHeading = "%nCommands:%n", optionListHeading = "%nOptions:%n",
    footer = {"%nExit codes: 0 success, 1 not found / invalid pack / failed validation, 2 usage error.",
        "Colour only on a terminal; NO_COLOR or --no-color turn it off.",
        "%nExamples:", "  atlas concepts --kind challenge", "  atlas show infidelity",
        "  atlas related rebuilding-sexual-intimacy --to renewed-trust",
        "  atlas plan --challenge infidelity --role hurt-partner", "  atlas simulate --scenario early-breach --chart",
        "  atlas help related"})
final class AtlasCommand implements Runnable {

  @Mixin
  final GlobalOptions options;

  @Spec
  CommandSpec spec;

  AtlasCommand(GlobalOptions options) {
    this.options = options;
  }

  /** {@code atlas} alone is a usage error: say so in one line and point at the help. */
  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "a command is required, such as 'atlas concepts'");
  }
}
