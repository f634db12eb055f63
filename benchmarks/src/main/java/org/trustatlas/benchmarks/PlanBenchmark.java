package org.trustatlas.benchmarks;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.content.json.AtlasJson;
import org.trustatlas.core.model.ConceptId;
import org.trustatlas.core.repair.ReaderRole;
import org.trustatlas.core.repair.RepairPlan;
import org.trustatlas.core.repair.Situation;
import org.trustatlas.core.safety.Region;
import org.trustatlas.core.safety.SafetyContext;
import org.trustatlas.core.safety.SafetyFlag;
import org.trustatlas.core.safety.TriState;

/**
 * A warm repair plan of the bundled atlas, as {@code POST /api/v1/plans} pays for it: the plan alone,
 * and the plan written as the route's JSON bytes. The situation is the one {@code
 * bench/web-throughput.sh} sends (infidelity, the hurt partner, GB), and one where the reader has said
 * they are afraid of their partner, which the safety gate turns into a different plan. Run with:
 *
 * <pre>
 * ./mvnw -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar PlanBenchmark -f 1 -wi 3 -i 5
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PlanBenchmark {

  private TrustAtlas atlas;
  private Situation betrayal;
  private Situation afraid;

  @Setup
  public void open() {
    atlas = TrustAtlas.bundled();
    Region gb = Region.of("GB");
    betrayal = new Situation(List.of(ConceptId.of("infidelity")), ReaderRole.parse("hurt-partner"),
        new SafetyContext(Map.of(), gb), List.of());
    afraid = new Situation(List.of(ConceptId.of("infidelity")), ReaderRole.parse("hurt-partner"),
        new SafetyContext(Map.of(SafetyFlag.FEAR_OF_PARTNER, TriState.parse("yes")), gb), List.of());
    atlas.plan(betrayal);
  }

  @Benchmark
  public RepairPlan plan() {
    return atlas.plan(betrayal);
  }

  @Benchmark
  public byte[] planAsJson() {
    return AtlasJson.compactBytes(AtlasJson.plan(atlas.plan(betrayal)));
  }

  @Benchmark
  public byte[] planWithAFlagAsJson() {
    return AtlasJson.compactBytes(AtlasJson.plan(atlas.plan(afraid)));
  }
}
