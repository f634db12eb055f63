package org.trustatlas.core.dynamics;

/**
 * A run was refused before it started because it is over {@link SimulationCost}'s limits. The
 * message says which limit and by how much; {@link #cost()} has the numbers.
 */
public final class SimulationTooLargeException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;
  private final transient SimulationCost cost;

  SimulationTooLargeException(SimulationCost cost, String message) {
    super(message);
    this.cost = cost;
  }

  /** What the refused scenario would have cost. */
  public SimulationCost cost() {
    return cost;
  }
}
