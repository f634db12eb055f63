import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.core.safety.Region;

/**
 * A warm search's CPU time on the calling thread, for comparing two builds on a machine too busy for
 * JMH's wall-clock figures: thread CPU time is what a search costs, whatever else shares the cores.
 * Warms up with 200,000 searches, then prints, per query, the best of seven rounds of 20,000.
 * Not part of the build; run it against each build's jars in turn, alternating:
 *
 * <pre>
 * javac -d /tmp/sc -cp benchmarks/target/benchmarks.jar bench/SearchCpu.java
 * java -cp /tmp/sc:benchmarks/target/benchmarks.jar SearchCpu
 * </pre>
 */
public class SearchCpu {
  private static final String[] QUERIES = {
      "my partner cheated on me and i cant trust him", "my husband hits me and im scared to go home"};

  public static void main(String[] args) {
    TrustAtlas atlas = TrustAtlas.bundled();
    Region gb = Region.of("GB");
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int i = 0; i < 200_000; i++) {
      atlas.search(QUERIES[i & 1], 10, gb);
    }
    for (String query : QUERIES) {
      long best = Long.MAX_VALUE;
      for (int round = 0; round < 7; round++) {
        long start = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < 20_000; i++) {
          atlas.search(query, 10, gb);
        }
        best = Math.min(best, (threads.getCurrentThreadCpuTime() - start) / 20_000);
      }
      System.out.printf("%-50s %6.2f µs of CPU a search (best of 7)%n", query, best / 1000.0);
    }
  }
}
