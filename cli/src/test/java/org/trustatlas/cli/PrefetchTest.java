package org.trustatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

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

  private static final String READER = "org.trustatlas.cli.commands.Packs$Prefetch";

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
    assertThat(started(command.split(" "))).as(command).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"concepts --help", "show -h", "plan --help", "simulate --help", "scenarios -h"})
  void helpStartsNoRead(String command) throws Exception {
    assertThat(started(command.split(" "))).as(command).isFalse();
  }

  @Test
  void aRunOnAnotherPackStartsNoRead() throws Exception {
    String pack = AtlasRun.pack("minimal").toString();
    assertThat(started("--pack", pack, "concepts")).isFalse();
    assertThat(started("show", "--pack=" + pack, "infidelity")).isFalse();
  }

  /** Whether {@code atlas args...}, run to its end, started a read of the bundled pack. */
  private static boolean started(String... args) throws Exception {
    FrontEndProcess.ClassLoading run = FrontEndProcess.classLoading(args);
    assertThat(run.loaded("org.trustatlas.cli.Main")).as(String.join(" ", args)).isTrue();
    return run.loaded(READER);
  }

}
