package org.trustatlas.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.trustatlas.core.dynamics.Disclosure;
import org.trustatlas.core.dynamics.Event;
import org.trustatlas.core.dynamics.ResponseKind;
import org.trustatlas.core.dynamics.Scenario;
import org.trustatlas.core.dynamics.Simulation;
import org.trustatlas.core.dynamics.Simulator;
import org.trustatlas.core.dynamics.StressorKind;
import org.trustatlas.core.dynamics.SupportKind;
import org.trustatlas.core.dynamics.TimedEvent;
import org.trustatlas.core.dynamics.TrustState;
import org.trustatlas.core.dynamics.ViolationType;

/**
 * A 1,000-week simulation beside two baselines, so the figure reads as a ratio on any machine:
 * {@link #weeklyArithmeticOnly} does the same per-week arithmetic with no events, objects or summary;
 * {@link #oneQuietWeek} is the fixed cost of a run. Run with:
 *
 * <pre>
 * ./mvnw -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar SimulatorBenchmark -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SimulatorBenchmark {

  private static final int WEEKS = 1_000;

  private final Simulator simulator = Simulator.withDefaults();
  private Scenario eventful;
  private Scenario quiet;
  private Scenario oneWeek;
  private final double[] row = new double[(WEEKS + 1) * 8];

  @Setup
  public void setUp() {
    eventful = scenario("eventful", WEEKS, eventfulTimeline());
    quiet = scenario("quiet", WEEKS, List.of());
    oneWeek = scenario("one-week", 1, List.of());
  }

  /** 1,000 weeks and 1,080 events: weekly care; every 100 weeks a breach, its repair and then stress. */
  @Benchmark
  public Simulation thousandEventfulWeeks() {
    return simulator.run(eventful);
  }

  @Benchmark
  public Simulation thousandQuietWeeks() {
    return simulator.run(quiet);
  }

  @Benchmark
  public Simulation oneQuietWeek() {
    return simulator.run(oneWeek);
  }

  /** The floor: 1,000 weeks of the simulator's weekly arithmetic on seven doubles, written to an array. */
  @Benchmark
  public double[] weeklyArithmeticOnly() {
    double p = 0.75, d = 0.7, f = 0.65, x = 0.3, a = 0.4, r = 0.3, b = 0.5;
    for (int t = 0; t <= WEEKS; t++) {
      double erosion = 0.015 * 0.1;
      p -= erosion * p;
      d -= erosion * d;
      f -= erosion * f;
      x -= 0.03 * (x - 0.05);
      double share = Math.min(1, 0.06 * (0.5 + 0.5) * (1 - 0.5 * r));
      a -= share * (a - 0.05);
      r -= share * (r - 0.02);
      b += share * (0.85 - b);
      int at = t * 8;
      row[at] = p;
      row[at + 1] = d;
      row[at + 2] = f;
      row[at + 3] = x;
      row[at + 4] = a;
      row[at + 5] = r;
      row[at + 6] = b;
      row[at + 7] = (0.25 * p + 0.35 * d + 0.4 * f) / 1.0 * (1 - x);
    }
    return row;
  }

  private static List<TimedEvent> eventfulTimeline() {
    List<TimedEvent> events = new ArrayList<>(TimedEvent.repeated(1, 1, WEEKS, Event.positiveAct(0.5)));
    Event breach = new Event.Violation(ViolationType.INTEGRITY, 0.4, false, Disclosure.DISCLOSED);
    for (int start = 50; start + 10 <= WEEKS; start += 100) {
      events.add(new TimedEvent(start, breach));
      events.add(new TimedEvent(start + 1, Event.response(ResponseKind.APOLOGY)));
      events.add(new TimedEvent(start + 1, Event.response(ResponseKind.PROMISE)));
      events.add(new TimedEvent(start + 2, Event.response(ResponseKind.SUBSTANTIVE_REPAIR)));
      events.add(new TimedEvent(start + 3, new Event.Support(SupportKind.THERAPY, 12)));
      events.add(new TimedEvent(start + 5, Event.forgive()));
      events.add(new TimedEvent(start + 30, new Event.Stressor(StressorKind.ACUTE, 0.7, 1)));
      events.add(new TimedEvent(start + 31, new Event.Stressor(StressorKind.CHRONIC, 0.5, 20)));
    }
    return events;
  }

  private static Scenario scenario(String id, int steps, List<TimedEvent> events) {
    return new Scenario(id, id, "", steps, 1, TrustState.ESTABLISHED, false, events);
  }
}
