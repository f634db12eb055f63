package org.trustatlas.core.dynamics;

import org.trustatlas.core.model.Require;
import java.util.List;

/**
 * The result of one run: the week-by-week trajectory, its summary, and any events refused as repair.
 * Every result carries {@link #NOTICE}; front ends show it with every chart, table and JSON answer.
 */
public record Simulation(Scenario scenario, DynamicsParameters parameters, Trajectory trajectory,
    Summary summary, List<Refusal> refusals) {

  /** The one wording of what a simulation is and is not. */
  public static final String NOTICE = "This is an illustration of published research findings, not a"
      + " prediction about anyone's relationship.";

  public Simulation {
    Require.present(scenario, "scenario");
    Require.present(parameters, "parameters");
    Require.present(trajectory, "trajectory");
    Require.present(summary, "summary");
    refusals = List.copyOf(refusals);
  }

  public String notice() {
    return NOTICE;
  }
}
