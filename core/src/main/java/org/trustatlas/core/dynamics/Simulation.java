package org.trustatlas.core.dynamics;

import org.trustatlas.core.internal.Require;
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

  /** What a run where a partner causes harm adds to {@link #NOTICE}. */
  public static final String HARM_NOTICE = "Where a partner causes harm, this shows the safety and the distrust of"
      + " the person harmed, not trust recovering: apologies, promises and kindness after harm are often part of a"
      + " repeating cycle of abuse, not repair, and nothing here suggests staying.";

  public Simulation {
    Require.present(scenario, "scenario");
    Require.present(parameters, "parameters");
    Require.present(trajectory, "trajectory");
    Require.present(summary, "summary");
    refusals = List.copyOf(refusals);
  }

  /** {@link #NOTICE}, and where a partner causes harm also {@link #HARM_NOTICE}. */
  public String notice() {
    return scenario.partnerHarm() ? NOTICE + " " + HARM_NOTICE : NOTICE;
  }

  /** What a chart of this run leads with: safety where a partner causes harm, otherwise trust. */
  public Measure charted() {
    return scenario.partnerHarm() ? Measure.SAFETY : Measure.TRUST;
  }
}
