package org.trustatlas.core.dynamics;

/**
 * The hurt partner's forgiveness motivations (McCullough, Fincham &amp; Tsang 2003): a transgression
 * raises avoidance and revenge and lowers benevolence at once (forbearance); then, on average, each
 * drifts back toward where it stood before (the trend). Part of one run's {@link Engine}.
 */
final class Motivations {

  private final double restAvoidance;
  private final double restRevenge;
  private final double restBenevolence;
  double avoidance;
  double revenge;
  double benevolence;

  Motivations(TrustState start) {
    avoidance = restAvoidance = start.avoidance();
    revenge = restRevenge = start.revenge();
    benevolence = restBenevolence = start.benevolence();
  }

  /** The hurt at the time of a transgression, {@code share} of the room left. */
  void shock(double share) {
    double s = Math.min(1, share);
    avoidance += s * (1 - avoidance);
    revenge += s * (1 - revenge);
    benevolence -= s * benevolence;
  }

  /** Anger at a further wrong, such as a denial against evidence. */
  void anger(double share) {
    revenge += Math.min(1, share) * (1 - revenge);
  }

  /** Moves all three a share of the way back to where they were before any transgression. */
  void relent(double share) {
    double s = Math.min(1, share);
    avoidance -= s * (avoidance - restAvoidance);
    revenge -= s * (revenge - restRevenge);
    benevolence += s * (restBenevolence - benevolence);
  }
}
