package org.trustatlas.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.trustatlas.core.model.Article;
import org.trustatlas.core.model.Atlas;
import org.trustatlas.core.model.Citations;
import org.trustatlas.core.model.Concept;
import org.trustatlas.core.model.ConceptId;
import org.trustatlas.core.model.ConceptInfo;
import org.trustatlas.core.model.Direction;
import org.trustatlas.core.model.Link;
import org.trustatlas.core.model.PackInfo;
import org.trustatlas.core.model.Relation;
import org.trustatlas.core.model.RelationKind;
import org.trustatlas.core.model.Sentence;
import org.trustatlas.core.model.SentenceRef;
import org.trustatlas.core.model.TrustDimension;
import org.trustatlas.core.model.TrustFoundation;

/**
 * How the atlas scales: building (checking and indexing) a synthetic pack of {@code concepts}
 * concepts with ten relations each, and answering lookups on it. Building should grow linearly, so
 * the time per concept stays flat from 1,000 to 1,000,000 concepts (10 million relations); lookups
 * should not grow. The million needs about 4 GB of heap for the input and one atlas at a time.
 *
 * <pre>
 * ./mvnw -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar AtlasBenchmark -f 1 -wi 2 -i 3 -jvmArgs "-Xms6g -Xmx6g"
 * </pre>
 *
 * <p>Every fork touches its whole heap before it starts: with a fixed heap large enough for the
 * million and no collection during a run, an unfaulted heap made each allocation fault in a fresh
 * page, and 10,000 concepts measured 34 ms instead of 7.
 */
@State(Scope.Benchmark)
@Fork(jvmArgsAppend = "-XX:+AlwaysPreTouch")
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AtlasBenchmark {

  private static final int RELATIONS_PER_CONCEPT = 10;
  private static final PackInfo PACK = new PackInfo("synthetic", "1", "en", "Synthetic", "");
  private static final Article ARTICLE =
      Article.of("Synthetic", List.of(new Sentence(SentenceRef.of("S01"), "One", "A sentence.")));

  @Param({"1000", "10000", "100000", "1000000"})
  public int concepts;

  private List<Concept> conceptList;
  private List<Relation> relationList;
  private Atlas atlas;
  private ConceptId[] probes;
  private int next;

  @Setup(Level.Trial)
  public void build() {
    Citations cited = Citations.sentences("S01");
    ConceptId[] ids = new ConceptId[concepts];
    conceptList = new ArrayList<>(concepts);
    for (int i = 0; i < concepts; i++) {
      ids[i] = ConceptId.of("c" + i);
      ConceptInfo info = new ConceptInfo(ids[i], "Concept " + i, List.of(), "Summary " + i, cited);
      // Half foundations, half dimensions, so every BUILDS edge below joins allowed kinds.
      conceptList.add(i % 2 == 0 ? new TrustFoundation(info) : new TrustDimension(info));
    }
    // Each foundation builds twenty distinct dimensions, drawn at random: ten relations per concept.
    // Each relation gets ids (and strings) of its own, as a pack reader makes them.
    SplittableRandom random = new SplittableRandom(42);
    relationList = new ArrayList<>(concepts * RELATIONS_PER_CONCEPT);
    int[] targets = new int[2 * RELATIONS_PER_CONCEPT];
    for (int i = 0; i < concepts; i += 2) {
      for (int n = 0; n < targets.length; n++) {
        targets[n] = distinctTarget(random, targets, n);
        relationList.add(new Relation(RelationKind.BUILDS, ConceptId.of("c" + i), ConceptId.of("c" + targets[n]),
            cited));
      }
    }
    atlas = Atlas.of(PACK, ARTICLE, List.of(), conceptList, relationList);
    probes = new ConceptId[1024];
    for (int i = 0; i < probes.length; i++) {
      probes[i] = ConceptId.of("c" + random.nextInt(concepts));
    }
  }

  private int distinctTarget(SplittableRandom random, int[] chosen, int count) {
    while (true) {
      int target = random.nextInt(concepts / 2) * 2 + 1;
      boolean fresh = true;
      for (int k = 0; k < count && fresh; k++) {
        fresh = chosen[k] != target;
      }
      if (fresh) {
        return target;
      }
    }
  }

  /** Checking every rule and building every index: the cost of loading, without the parsing. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Atlas buildAtlas() {
    return Atlas.of(PACK, ARTICLE, List.of(), conceptList, relationList);
  }

  @Benchmark
  public Optional<Concept> conceptById() {
    return atlas.concept(probes[next++ & 1023]);
  }

  @Benchmark
  public List<Link> relatedOneKind() {
    return atlas.related(probes[next++ & 1023], RelationKind.BUILDS, Direction.BOTH);
  }

  /** The baseline beside the lookups: a plain HashMap-free array read of the same probe. */
  @Benchmark
  public ConceptId baselineProbe() {
    return probes[next++ & 1023];
  }
}
