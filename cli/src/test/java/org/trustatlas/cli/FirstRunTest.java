package org.trustatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a command's first run in a fresh JVM must not start: a record's generated {@code equals},
 * {@code hashCode} or {@code toString} links through {@code ObjectMethods}, a chain of method handles
 * built on first use, record class by record class (5 to 10 ms each of a short run); and Lucene,
 * whose analysis reads the JVM's management beans. Each command runs in a JVM of its own.
 */
class FirstRunTest {

  @ParameterizedTest
  @ValueSource(strings = {"concepts", "show infidelity", "search my partner cheated", "search he chokes me",
      "plan --challenge infidelity --role hurt-partner --region GB", "related infidelity --depth 3",
      "simulate --scenario partner-harm-forgiveness-refused", "simulate --scenario disclosed-affair-sincere-apology"})
  void aCommandsFirstRunLinksNoGeneratedRecordMethodAndStartsNoLucene(String command) throws Exception {
    FrontEndProcess.ClassLoading run = FrontEndProcess.classLoading(command.split(" "));
    List<String> lines = run.lines();
    assertThat(run.exitCode()).as(String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size())))
        .isZero();
    assertThat(run.loaded("org.trustatlas.cli.Main")).as(command).isTrue();
    assertThat(run.loaded("java.lang.runtime.ObjectMethods")).as(command).isFalse();
    assertThat(run.loaded("org.apache.lucene.util.Constants")).as(command).isFalse();
  }

}
