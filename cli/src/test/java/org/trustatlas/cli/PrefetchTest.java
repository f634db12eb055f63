package org.trustatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A command that starts by reading parts of the bundled pack has them read on threads of their own
 * while picocli builds the command line ({@code Dispatch}, {@code Commands.prefetchFor}); a run
 * that names another pack, or asks for help, starts no such read. Each fork is a JVM of its own;
 * the main thread loads the reading thread's class before it starts the thread, so whether that
 * class loads says whether a read was started, whatever the thread has done by the JVM's exit.
 */
class PrefetchTest {

  private static final String READER = " org.trustatlas.cli.commands.Packs$Prefetch ";

  @Test
  void theArgumentsSayWhetherTheBundledPackIsRead() {
    assertThat(Dispatch.readsBundledPack(new String[] {"show", "infidelity"})).isTrue();
    assertThat(Dispatch.readsBundledPack(new String[] {"--pack", "dir", "concepts"})).isFalse();
    assertThat(Dispatch.readsBundledPack(new String[] {"concepts", "--pack=dir"})).isFalse();
    assertThat(Dispatch.readsBundledPack(new String[] {"plan", "--help"})).isFalse();
    assertThat(Dispatch.readsBundledPack(new String[] {"search", "-h"})).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"concepts", "show infidelity", "search my partner cheated", "simulate --scenario x",
      "resources --region GB"})
  void aCommandOnTheBundledPackStartsItsRead(String command) throws Exception {
    assertThat(classesLoaded(command.split(" "))).anyMatch(line -> line.contains(READER));
  }

  @ParameterizedTest
  @ValueSource(strings = {"concepts --help", "show -h", "plan --help", "simulate --help", "scenarios -h"})
  void helpStartsNoRead(String command) throws Exception {
    assertThat(classesLoaded(command.split(" "))).noneMatch(line -> line.contains(READER));
  }

  @Test
  void aRunOnAnotherPackStartsNoRead() throws Exception {
    String pack = AtlasRun.pack("minimal").toString();
    assertThat(classesLoaded("--pack", pack, "concepts")).noneMatch(line -> line.contains(READER));
    assertThat(classesLoaded("show", "--pack=" + pack, "infidelity")).noneMatch(line -> line.contains(READER));
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
