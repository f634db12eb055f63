package org.trustatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.trustatlas.cli.commands.Commands;
import org.trustatlas.cli.commands.GlobalOptions;
import org.trustatlas.cli.commands.Session;
import org.trustatlas.cli.output.Environment;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The specs the build generates from the picocli annotations (see {@code SpecGenerator} in {@code src/build/java}) are what
 * picocli itself reads from them: every command, option and parameter, the help text of each command,
 * and the shell completion script.
 */
class GeneratedSpecsTest {

  private static final PrintWriter SINK = new PrintWriter(new StringWriter());

  @Test
  void everyCommandHasAGeneratedSpecSoNoRunReadsAnnotations() {
    List<Function<Object, CommandSpec>> generated = Specs.generated();
    assertThat(generated).hasSameSizeAs(Specs.PACKAGES);
    List<Object> commands = new ArrayList<>(List.of(new AtlasCommand(new GlobalOptions())));
    commands.addAll(Commands.all(session()));
    for (Object command : commands) {
      assertThat(generated.stream().map(g -> g.apply(command)).filter(s -> s != null))
          .as(command.getClass().getSimpleName()).hasSize(1);
    }
  }

  @Test
  void theGeneratedCommandLineEqualsTheOnePicocliReadsFromTheAnnotations() {
    CommandLine generated = Cli.create(Environment.piped(Map.of()), SINK, SINK, false);
    CommandLine annotated = annotated();
    assertThat(generated.getSubcommands().keySet()).containsExactlyElementsOf(annotated.getSubcommands().keySet());
    assertThat(describe(generated)).containsExactlyElementsOf(describe(annotated));
    for (String name : annotated.getSubcommands().keySet()) {
      assertThat(describe(generated.getSubcommands().get(name))).as(name)
          .containsExactlyElementsOf(describe(annotated.getSubcommands().get(name)));
    }
    assertThat(AutoComplete.bash("atlas", generated)).isEqualTo(AutoComplete.bash("atlas", annotated));
  }

  /** The command line as it was built before the specs were generated: picocli reads every annotation. */
  private static CommandLine annotated() {
    CommandLine line = new CommandLine(new AtlasCommand(new GlobalOptions()));
    line.getCommandSpec().versionProvider(new VersionProvider(false));
    line.addSubcommand(new HelpCommand());
    Commands.all(session()).forEach(line::addSubcommand);
    line.setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF));
    return line;
  }

  private static Session session() {
    return new Session(new GlobalOptions(), Environment.piped(Map.of()), SINK, SINK);
  }

  private static List<String> describe(CommandLine line) {
    CommandSpec spec = line.getCommandSpec();
    List<String> lines = new ArrayList<>();
    lines.add("usage " + line.getUsageMessage(Help.Ansi.OFF));
    lines.add("name " + spec.name() + " aliases " + Arrays.toString(spec.aliases()) + " mixins " + spec.mixins().keySet()
        + " version " + (spec.versionProvider() == null ? null : spec.versionProvider().getClass()));
    for (OptionSpec option : spec.options()) {
      lines.add("option " + Arrays.toString(option.names()) + " usageHelp " + option.usageHelp() + " versionHelp "
          + option.versionHelp() + " order " + option.order() + " negatable " + option.negatable() + " "
          + describe(option));
    }
    for (PositionalParamSpec positional : spec.positionalParameters()) {
      lines.add("positional " + positional.index() + " " + describe(positional));
    }
    return lines;
  }

  private static String describe(ArgSpec arg) {
    List<String> converters = new ArrayList<>();
    for (ITypeConverter<?> converter : arg.converters()) {
      converters.add(converter.getClass().getName());
    }
    List<String> candidates = new ArrayList<>();
    if (arg.completionCandidates() != null) {
      arg.completionCandidates().forEach(candidates::add);
    }
    return "label " + arg.paramLabel() + " arity " + arg.arity() + " type " + arg.type().getName() + " aux "
        + Arrays.toString(arg.auxiliaryTypes()) + " description " + Arrays.toString(arg.description()) + " key "
        + arg.descriptionKey() + " required " + arg.required() + " hidden " + arg.hidden() + " scope "
        + arg.scopeType() + " inherited " + arg.inherited() + " split " + arg.splitRegex() + " converters " + converters
        + " candidates " + candidates + " initial " + arg.initialValue() + " default " + arg.defaultValue()
        + " interactive " + arg.interactive() + " multi " + arg.isMultiValue() + " value " + arg.getValue();
  }
}
