package org.trustatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A command that starts by reading the bundled pack's concepts (or its scenarios) has them read on
 * a second thread while picocli builds the command line ({@code Dispatch}, {@code
 * Commands.prefetchFor}); a run that names another pack has no such read started, and one that asks
 * for help reads no pack at all. Each fork is a JVM of its own, whose class loading shows what was
 * read.
 */
class PrefetchTest {

  /** Loaded only to read the bundled pack's concepts, or its scenarios, from its snapshot. */
  private static final String CONCEPTS_READER = " org.trustatlas.content.internal.AtlasSnapshot ";
  private static final String SCENARIOS_READER = " org.trustatlas.content.internal.DynamicsSnapshot ";

  @Test
  void theArgumentsSayWhetherTheBundledPackIsRead() {
    assertThat(Dispatch.readsBundledPack(new String[] {"show", "infidelity"})).isTrue();
    assertThat(Dispatch.readsBundledPack(new String[] {"--pack", "dir", "concepts"})).isFalse();
    assertThat(Dispatch.readsBundledPack(new String[] {"concepts", "--pack=dir"})).isFalse();
    assertThat(Dispatch.readsBundledPack(new String[] {"plan", "--help"})).isFalse();
    assertThat(Dispatch.readsBundledPack(new String[] {"search", "-h"})).isFalse();
  }

  /** What makes the classes a sign of reading: without this, the test below could pass on a renamed class. */
  @Test
  void commandsReadTheBundledPartsTheyNeed() throws Exception {
    assertThat(classesLoaded("concepts")).anyMatch(line -> line.contains(CONCEPTS_READER));
    assertThat(classesLoaded("simulate", "--scenario", "disclosed-affair-sincere-apology"))
        .anyMatch(line -> line.contains(SCENARIOS_READER));
  }

  @ParameterizedTest
  @ValueSource(strings = {"concepts --help", "show -h", "plan --help", "simulate --help", "scenarios -h", "completion"})
  void helpReadsNoPack(String command) throws Exception {
    assertThat(classesLoaded(command.split(" ")))
        .noneMatch(line -> line.contains(CONCEPTS_READER) || line.contains(SCENARIOS_READER));
  }

  private static List<String> classesLoaded(String... args) throws Exception {
    List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xlog:class+load", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    java.addAll(List.of(args));
    Process process = new ProcessBuilder(java).redirectErrorStream(true).start();
    List<String> lines;
    try (var output = process.inputReader()) {
      lines = output.lines().toList();
    }
    process.waitFor();
    assertThat(lines).as(String.join(" ", args)).anyMatch(line -> line.contains(" org.trustatlas.cli.Main "));
    return lines;
  }
}
