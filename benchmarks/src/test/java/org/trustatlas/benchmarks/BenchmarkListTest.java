package org.trustatlas.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * benchmarks.jar runs only what JMH's annotation processor listed when the module compiled: with
 * processing off (the parent's default) the jar builds but knows no benchmark.
 */
class BenchmarkListTest {

  @Test
  void theBuildListsEveryBenchmarkForTheRunner() throws IOException {
    try (InputStream list = BenchmarkListTest.class.getResourceAsStream("/META-INF/BenchmarkList")) {
      assertThat(list).as("META-INF/BenchmarkList, written by jmh-generator-annprocess").isNotNull();
      String listed = new String(list.readAllBytes(), StandardCharsets.UTF_8);
      // One line per benchmark method, naming its class and, apart, the method.
      assertThat(listed.lines()).anySatisfy(line -> assertThat(line)
              .contains("org.trustatlas.benchmarks.AtlasBenchmark ").contains(" buildAtlas "))
          .anySatisfy(line -> assertThat(line).contains("org.trustatlas.benchmarks.SimulatorBenchmark "));
    }
  }
}
