package org.trustatlas.core.dynamics;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Runs scenarios on one set of parameters. Deterministic: the same scenario, seed and parameters give
 * the same result, bit for bit. Stateless and thread-safe; share one instance.
 *
 * <p>Each week, in order: last week's stress rebound lands, the week's events apply in the order given,
 * then the weekly processes run (chronic stress wears, distrust fades toward its floor, the forgiveness
 * motivations drift back), and the week is recorded. With {@code noise} above 0, each recorded value
 * fluctuates by up to ±noise around that course, drawn from a {@link SplittableRandom} seeded with the
 * scenario's seed; the course itself does not drift with the noise.
 */
public final class Simulator {

  private final DynamicsParameters parameters;

  private Simulator(DynamicsParameters parameters) {
    this.parameters = Objects.requireNonNull(parameters, "parameters must not be null");
  }

  /** A simulator with these parameters (usually the pack's {@code dynamics.yaml}). */
  public static Simulator with(DynamicsParameters parameters) {
    return new Simulator(parameters);
  }

  /** A simulator with the values this project ships ({@link DynamicsParameters#defaults()}). */
  public static Simulator withDefaults() {
    return new Simulator(DynamicsParameters.defaults());
  }

  /** The parameters this simulator runs with. */
  public DynamicsParameters parameters() {
    return parameters;
  }

  /**
   * Runs the scenario step by step; the same scenario and seed always give the same simulation. An
   * illustration, never a prediction.
   */
  public Simulation run(Scenario scenario) {
    int steps = scenario.steps();
    List<TimedEvent> events = scenario.events();
    Engine engine = new Engine(scenario.initial(), parameters, scenario.partnerHarm());
    Recorder recorder = new Recorder(steps, parameters, scenario.seed());
    List<TimedEvent> applied = new ArrayList<>(events.size());
    List<Refusal> refusals = new ArrayList<>();
    int[] starts = new int[steps + 2];
    recorder.record(0, engine);
    int next = 0;
    for (int t = 1; t <= steps; t++) {
      engine.startWeek(t);
      starts[t] = applied.size();
      for (; next < events.size() && events.get(next).at() == t; next++) {
        TimedEvent timed = events.get(next);
        if (engine.apply(timed.event())) {
          applied.add(timed);
        } else {
          refusals.add(Refusal.of(t, timed.event()));
        }
      }
      engine.endWeek();
      recorder.record(t, engine);
    }
    starts[steps + 1] = applied.size();
    Trajectory trajectory = new Trajectory(recorder.values, applied, starts);
    Summary summary = Summary.of(scenario, parameters, trajectory, refusals);
    return new Simulation(scenario, parameters, trajectory, summary, refusals);
  }

  /** Writes each week into one flat array, adding the seeded fluctuation if there is any. */
  private static final class Recorder {

    final double[] values;
    private final DynamicsParameters parameters;
    private final double noise;
    private final @Nullable SplittableRandom random;

    Recorder(int steps, DynamicsParameters parameters, long seed) {
      this.values = new double[(steps + 1) * Trajectory.WIDTH];
      this.parameters = parameters;
      this.noise = parameters.get(Param.NOISE);
      this.random = noise > 0 ? new SplittableRandom(seed) : null;
    }

    void record(int t, Engine engine) {
      int at = t * Trajectory.WIDTH;
      engine.copyTo(values, at);
      if (random != null) {
        for (int i = at; i < at + Trajectory.TRUST; i++) {
          values[i] = Math.min(1, Math.max(0, values[i] + noise * (2 * random.nextDouble() - 1)));
        }
      }
      values[at + Trajectory.TRUST] =
          TrustState.score(values[at], values[at + 1], values[at + 2], values[at + 3], parameters);
      // Safety is a fact of the scenario, not a mood: it does not fluctuate with the noise.
    }
  }
}
