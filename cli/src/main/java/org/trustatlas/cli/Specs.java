package org.trustatlas.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The {@code CommandSpec} of each command, from the code the build-time {@code SpecGenerator}
 * ({@code src/build/java}) wrote (so no run reads an annotation), and what picocli's {@code scope = INHERIT} on the root command
 * would give each subcommand, done here without the reflective standard help mixin picocli adds.
 */
public final class Specs {

  private static final String STANDARD_HELP = "mixinStandardHelpOptions";

  private Specs() {}

  /** The packages {@code SpecGenerator} writes a {@code GeneratedSpecs} class into. */
  static final List<String> PACKAGES = List.of("org.trustatlas.cli", "org.trustatlas.cli.commands");

  /**
   * The generated spec of {@code command}, or picocli's reading of its annotations where none was
   * generated (a build that skipped the generator, such as an IDE's).
   */
  static CommandSpec of(Object command) {
    for (Function<Object, CommandSpec> generated : Generated.ALL) {
      CommandSpec spec = generated.apply(command);
      if (spec != null) {
        return spec;
      }
    }
    return CommandSpec.forAnnotatedObject(command);
  }

  private static final class Generated {
    static final List<Function<Object, CommandSpec>> ALL = generated();
  }

  /** The generated classes are compiled after this one, so they are found by name, once per run. */
  @SuppressWarnings("unchecked")
  static List<Function<Object, CommandSpec>> generated() {
    List<Function<Object, CommandSpec>> found = new ArrayList<>(PACKAGES.size());
    for (String pkg : PACKAGES) {
      try {
        found.add((Function<Object, CommandSpec>) Class.forName(pkg + ".GeneratedSpecs").getConstructor().newInstance());
      } catch (ClassNotFoundException notGenerated) {
        // an IDE build without the generator step: picocli reads the annotations instead
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot create " + pkg + ".GeneratedSpecs", e);
      }
    }
    return found;
  }

  /**
   * What {@code mixinStandardHelpOptions = true} adds ({@code -h, --help} and {@code -V, --version}),
   * built the way picocli's own mixin declares them, with the same names, keys and texts.
   */
  public static CommandSpec standardHelpOptions() {
    CommandSpec mixin = CommandSpec.create();
    Flag help = new Flag();
    Flag version = new Flag();
    mixin.addOption(OptionSpec.builder("${picocli.help.name.0:--h}", "${picocli.help.name.1:---help}")
        .usageHelp(true).descriptionKey("mixinStandardHelpOptions.help").description("Show this help message and exit.")
        .type(boolean.class).paramLabel("<helpRequested>").initialValue(false).setter(help).getter(help)
        .build());
    mixin.addOption(OptionSpec.builder("${picocli.version.name.0:--V}", "${picocli.version.name.1:---version}")
        .versionHelp(true).descriptionKey("mixinStandardHelpOptions.version")
        .description("Print version information and exit.")
        .type(boolean.class).paramLabel("<versionRequested>").initialValue(false).setter(version).getter(version)
        .build());
    return mixin;
  }

  /** A boolean option's value, false until set, as a field of picocli's own mixin would hold it. */
  private static final class Flag implements IGetter, ISetter {
    private Object value = false;

    @Override
    @SuppressWarnings("unchecked")
    public <T> T get() {
      return (T) value;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T set(T newValue) {
      T old = (T) value;
      value = newValue;
      return old;
    }
  }

  /**
   * Gives {@code sub}, before it is added to {@code root}, what it inherits from a root declared with
   * {@code scope = INHERIT}: the version provider, every usage setting it leaves at picocli's default,
   * and the standard help options. Options with {@code scope = INHERIT} picocli copies itself.
   */
  static void inherit(CommandSpec root, CommandSpec sub) {
    if (sub.versionProvider() == null) {
      sub.versionProvider(root.versionProvider());
    }
    // Each setting by hand rather than through method references: this runs on every start, where
    // each reference's first use costs linking it.
    UsageMessageSpec from = root.usageMessage();
    UsageMessageSpec to = sub.usageMessage();
    UsageMessageSpec defaults = CommandSpec.create().usageMessage();
    if (inherits(to.description(), from.description(), defaults.description())) {
      to.description(from.description().clone());
    }
    if (inherits(to.footer(), from.footer(), defaults.footer())) {
      to.footer(from.footer().clone());
    }
    if (inherits(to.header(), from.header(), defaults.header())) {
      to.header(from.header().clone());
    }
    if (inherits(to.customSynopsis(), from.customSynopsis(), defaults.customSynopsis())) {
      to.customSynopsis(from.customSynopsis().clone());
    }
    if (inherits(to.commandListHeading(), from.commandListHeading(), defaults.commandListHeading())) {
      to.commandListHeading(from.commandListHeading());
    }
    if (inherits(to.optionListHeading(), from.optionListHeading(), defaults.optionListHeading())) {
      to.optionListHeading(from.optionListHeading());
    }
    if (inherits(to.parameterListHeading(), from.parameterListHeading(), defaults.parameterListHeading())) {
      to.parameterListHeading(from.parameterListHeading());
    }
    if (inherits(to.synopsisHeading(), from.synopsisHeading(), defaults.synopsisHeading())) {
      to.synopsisHeading(from.synopsisHeading());
    }
    if (inherits(to.sortOptions(), from.sortOptions(), defaults.sortOptions())) {
      to.sortOptions(from.sortOptions());
    }
    if (inherits(to.hidden(), from.hidden(), defaults.hidden())) {
      to.hidden(from.hidden());
    }
    if (root.mixins().containsKey(STANDARD_HELP) && !sub.mixins().containsKey(STANDARD_HELP)
        && !sub.optionsMap().containsKey("-h") && !sub.optionsMap().containsKey("--help")
        && !sub.optionsMap().containsKey("-V") && !sub.optionsMap().containsKey("--version")) {
      sub.addMixin(STANDARD_HELP, standardHelpOptions());
    }
  }

  /** Whether a subcommand takes the root's setting: it left its own at the default and the root did not. */
  private static boolean inherits(Object own, Object root, Object standard) {
    return Objects.deepEquals(own, standard) && !Objects.deepEquals(root, standard);
  }
}
