package org.trustatlas.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.content.search.SearchResults;
import org.trustatlas.core.safety.Region;

/**
 * A warm search of the bundled atlas, everyday words and dangerous ones, beside a search that the
 * query's check refuses before any work ({@link #refusedBlankQuery}): the cost of one reader's search
 * as the web routes pay it. Run with:
 *
 * <pre>
 * ./mvnw -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar SearchBenchmark -f 1 -wi 3 -i 5
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SearchBenchmark {

  private static final Region GB = Region.of("GB");

  private TrustAtlas atlas;

  @Setup
  public void open() {
    atlas = TrustAtlas.bundled();
    atlas.search("warm the index", 10, GB);
  }

  @Benchmark
  public SearchResults everydayWords() {
    return atlas.search("my partner cheated on me and i cant trust him", 10, GB);
  }

  @Benchmark
  public SearchResults dangerousWords() {
    return atlas.search("my husband hits me and im scared to go home", 10, GB);
  }

  /** The baseline: the same call, refused by its check before any search. */
  @Benchmark
  public Object refusedBlankQuery() {
    try {
      return atlas.search(" ", 10, GB);
    } catch (IllegalArgumentException refused) {
      return refused;
    }
  }
}
