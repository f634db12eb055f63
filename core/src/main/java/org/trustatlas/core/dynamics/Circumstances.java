package org.trustatlas.core.dynamics;

/**
 * What surrounds the couple in a run: chronic stress and the support taken up, each for a span of
 * weeks. Part of one run's {@link Engine}; it answers how hard the strain is in a given week.
 */
final class Circumstances {

  private final DynamicsParameters k;
  private double chronicLoad;
  private int chronicUntil;
  private int therapyUntil;
  private int selfCareUntil;

  Circumstances(DynamicsParameters parameters) {
    this.k = parameters;
  }

  /** Overlapping chronic stressors count as the strongest of them, until the last one ends. */
  void chronicStress(int week, double intensity, int weeks) {
    chronicLoad = week > chronicUntil ? intensity : Math.max(chronicLoad, intensity);
    chronicUntil = Math.max(chronicUntil, week + weeks - 1);
  }

  void support(int week, SupportKind kind, int weeks) {
    int until = week + weeks - 1;
    switch (kind) {
      case THERAPY -> therapyUntil = Math.max(therapyUntil, until);
      case SELF_CARE -> selfCareUntil = Math.max(selfCareUntil, until);
    }
  }

  /** Chronic stress left after coping: therapy helps a couple cope together, self-care buffers a little. */
  double strain(int week) {
    if (week > chronicUntil) {
      return 0;
    }
    double together = week <= therapyUntil ? k.get(Param.DYADIC_COPING) : 0;
    return chronicLoad * (1 - together) * (1 - selfCare(week));
  }

  /** The share of stress self-care cancels this week: 0 without it. It acts on stress only, never as repair. */
  double selfCare(int week) {
    return week <= selfCareUntil ? k.get(Param.SELF_CARE_BUFFER) : 0;
  }

  /** How much better repair and the forgiveness trend work this week: 1, or more while in therapy. */
  double therapy(int week) {
    return week <= therapyUntil ? 1 + k.get(Param.THERAPY_BOOST) : 1;
  }
}
