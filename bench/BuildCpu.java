import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A large atlas's build, {@code AtlasBenchmark.buildAtlas}, from two or more benchmark jars in one
 * JVM, each in a class loader of its own, taken in turn round after round: the builds share the heap,
 * the caches and the machine's load, and each is timed by the calling thread's CPU time, which stays
 * readable on a machine too busy for JMH's wall clock. Prints each jar's median of eight rounds (after
 * four warm-up rounds) in milliseconds a build and microseconds a concept. Not part of the build:
 *
 * <pre>
 * javac -d /tmp/bc bench/BuildCpu.java
 * java -Xms6g -Xmx6g -XX:+AlwaysPreTouch -cp /tmp/bc BuildCpu 100000 before.jar benchmarks/target/benchmarks.jar
 * </pre>
 */
public class BuildCpu {
  public static void main(String[] args) throws Exception {
    int concepts = Integer.parseInt(args[0]);
    int builds = Math.max(1, 2_000_000 / concepts);
    List<Object> states = new ArrayList<>();
    List<Method> build = new ArrayList<>();
    List<List<Double>> times = new ArrayList<>();
    for (int j = 1; j < args.length; j++) {
      ClassLoader loader = new URLClassLoader(new URL[] {Path.of(args[j]).toUri().toURL()},
          ClassLoader.getPlatformClassLoader());
      Class<?> benchmark = loader.loadClass("org.trustatlas.benchmarks.AtlasBenchmark");
      Object state = benchmark.getConstructor().newInstance();
      benchmark.getField("concepts").setInt(state, concepts);
      benchmark.getMethod("build").invoke(state);
      states.add(state);
      build.add(benchmark.getMethod("buildAtlas"));
      times.add(new ArrayList<>());
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int kept = 0;
    for (int round = 0; round < 12; round++) {
      for (int j = 0; j < states.size(); j++) {
        long start = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < builds; i++) {
          kept += build.get(j).invoke(states.get(j)).hashCode() & 1;
        }
        if (round >= 4) {
          times.get(j).add((threads.getCurrentThreadCpuTime() - start) / 1e6 / builds);
        }
      }
    }
    for (int j = 0; j < states.size(); j++) {
      List<Double> sorted = times.get(j);
      Collections.sort(sorted);
      double median = sorted.get(sorted.size() / 2);
      System.out.printf("%-60s %,9d concepts: %8.2f ms of CPU a build, %.3f µs a concept%n",
          args[j + 1], concepts, median, median * 1000 / concepts);
    }
    System.out.print(kept < 0 ? "\n" : "");
  }
}
