package org.trustatlas.core.dynamics;

import org.trustatlas.core.internal.Require;
import java.util.List;
import java.util.OptionalInt;

/**
 * What a run comes to, in numbers and in one plain paragraph.
 *
 * @param baseline trust in week 0
 * @param minimum the lowest trust of the run, first reached in week {@code minimumAt}
 * @param finalTrust trust in the last week
 * @param recovered whether trust came back to within {@code recoveryTolerance} of the baseline after its
 *     lowest point; true when it never fell further than that
 * @param recoveredAt the first week it was back, if it fell and came back
 * @param description one paragraph a reader understands; {@link #notice()} goes with it
 */
public record Summary(double baseline, double minimum, int minimumAt, double finalTrust, boolean recovered,
    OptionalInt recoveredAt, String description) {

  public Summary {
    Require.unit(baseline, "baseline");
    Require.unit(minimum, "minimum");
    Require.unit(finalTrust, "final trust");
    Require.present(recoveredAt, "recoveredAt");
    description = Require.text(description, "description");
  }

  /** The notice every simulation carries: an illustration, not a prediction about anyone. */
  public String notice() {
    return Simulation.NOTICE;
  }

  static Summary of(Scenario scenario, DynamicsParameters parameters, Trajectory trajectory,
      List<Refusal> refusals) {
    double baseline = trajectory.trust(0);
    int minimumAt = 0;
    for (int t = 1; t <= trajectory.steps(); t++) {
      if (trajectory.trust(t) < trajectory.trust(minimumAt)) {
        minimumAt = t;
      }
    }
    double tolerance = parameters.get(Param.RECOVERY_TOLERANCE);
    boolean fell = trajectory.trust(minimumAt) < baseline - tolerance;
    OptionalInt back = fell ? trajectory.firstAtOrAbove(baseline - tolerance, minimumAt) : OptionalInt.empty();
    String description = Narrative.describe(scenario, trajectory, refusals, tolerance, minimumAt, back);
    return new Summary(baseline, trajectory.trust(minimumAt), minimumAt, trajectory.trust(trajectory.steps()),
        !fell || back.isPresent(), back, description);
  }
}
