package org.trustatlas.core.dynamics;

/** Running scenarios and reading trajectories the way the stylized-fact tests need. */
final class Runs {

  private Runs() {}

  static Trajectory run(Scenario scenario) {
    return Simulator.withDefaults().run(scenario).trajectory();
  }

  static Trajectory run(DynamicsParameters parameters, Scenario scenario) {
    return Simulator.with(parameters).run(scenario).trajectory();
  }

  static Simulation simulate(Scenario scenario) {
    return Simulator.withDefaults().run(scenario);
  }

  /**
   * Weeks after {@code from} until trust has regained half of what it lost from {@code from - 1} to
   * its lowest point; interpolated between weeks so that small speed-ups show.
   */
  static double halfRecoveryWeeks(Trajectory trajectory, int from) {
    double before = trajectory.trust(from - 1);
    int low = from;
    for (int t = from; t <= trajectory.steps(); t++) {
      if (trajectory.trust(t) < trajectory.trust(low)) {
        low = t;
      }
    }
    double half = (before + trajectory.trust(low)) / 2;
    for (int t = low + 1; t <= trajectory.steps(); t++) {
      if (trajectory.trust(t) >= half) {
        double previous = trajectory.trust(t - 1);
        return t - 1 - from + (half - previous) / (trajectory.trust(t) - previous);
      }
    }
    return Double.POSITIVE_INFINITY;
  }

  /** Weeks from {@code from} until trust is back within the recovery tolerance of week 0, or infinity. */
  static double weeksToBaseline(Trajectory trajectory, int from) {
    double target = trajectory.trust(0) - DynamicsParameters.defaults().value("recoveryTolerance");
    return trajectory.firstAtOrAbove(target, from).stream().mapToDouble(t -> t - from).findFirst()
        .orElse(Double.POSITIVE_INFINITY);
  }
}
