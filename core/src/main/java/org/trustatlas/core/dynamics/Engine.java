package org.trustatlas.core.dynamics;

import static org.trustatlas.core.dynamics.Param.*;

/**
 * The mutable state of one run: plain doubles, so a week costs a few dozen arithmetic operations and
 * no allocation. Every update moves a value a share of the way toward a bound, which keeps it in [0, 1]
 * by construction. One instance per run, never shared.
 */
final class Engine {

  private final DynamicsParameters k;
  private final boolean partnerHarm;
  /** Motivations before any transgression: where the forgiveness trend heads (McCullough et al. 2003). */
  private final double restAvoidance;
  private final double restRevenge;
  private final double restBenevolence;

  private double p;
  private double d;
  private double f;
  private double x;
  private double a;
  private double r;
  private double b;

  /** Distrust that no longer fades: the mark deception and early breaches leave. */
  private double floor;
  /** Extra pace of rebuilding from a believed promise; fades week by week. */
  private double boost;
  private double reboundP;
  private double reboundD;
  private double reboundF;
  private double chronicLoad;
  private int chronicUntil;
  private int therapyUntil;
  private int selfCareUntil;
  private int week;
  private int violations;
  /** How far the truster has been lied to, 0 to 1: it discounts every later apology and promise. */
  private double deceived;
  /** A denial before any violation: the next violation found out is then a proven lie. */
  private boolean pendingDenial;
  private ViolationType lastKind = ViolationType.COMPETENCE;

  Engine(TrustState start, DynamicsParameters parameters, boolean partnerHarm) {
    this.k = parameters;
    this.partnerHarm = partnerHarm;
    p = start.predictability();
    d = start.dependability();
    f = start.faith();
    x = start.distrust();
    floor = x;
    a = restAvoidance = start.avoidance();
    r = restRevenge = start.revenge();
    b = restBenevolence = start.benevolence();
  }

  void startWeek(int t) {
    week = t;
    p = Math.min(1, p + reboundP);
    d = Math.min(1, d + reboundD);
    f = Math.min(1, f + reboundF);
    reboundP = reboundD = reboundF = 0;
  }

  /** Applies one event; false when it is refused as repair in this scenario. */
  boolean apply(Event event) {
    return switch (event.type()) {
      case POSITIVE_ACT -> positiveAct(((Event.PositiveAct) event).magnitude());
      case VIOLATION -> violation((Event.Violation) event);
      case RESPONSE -> response(((Event.Response) event).kind());
      case STRESSOR -> stressor((Event.Stressor) event);
      case SUPPORT -> support((Event.Support) event);
      case FORGIVE -> forgive();
    };
  }

  /** What happens in any week, events or not: stress wears, distrust fades, time heals on average. */
  void endWeek() {
    double erosion = k.get(CHRONIC_EROSION) * stressLoad();
    p -= erosion * p;
    d -= erosion * d;
    f -= erosion * f;
    x -= k.get(DISTRUST_DECAY) * (x - floor);
    double anger = 1 - k.get(ANGER_DRAG) * r;
    relent(k.get(FORGIVENESS_TREND) * (0.5 + k.get(EMPATHY)) * anger * therapy());
    boost *= 1 - k.get(PROMISE_FADE);
  }

  double trust() {
    return TrustState.score(p, d, f, x, k);
  }

  void copyTo(double[] row, int at) {
    row[at] = p;
    row[at + 1] = d;
    row[at + 2] = f;
    row[at + 3] = x;
    row[at + 4] = a;
    row[at + 5] = r;
    row[at + 6] = b;
  }

  /**
   * Rempel's progression: predictability grows first, dependability on it, faith on dependability.
   * The same pace clears distrust, so existing trust speeds recovery from a breach (Finkel; Lount).
   */
  private boolean positiveAct(double magnitude) {
    double pace = magnitude * (1 + boost) * therapy() * (1 - k.get(CHRONIC_DAMPENING) * stressLoad())
        * (1 + k.get(MUTUAL_GROWTH) * trust());
    double g = Math.min(1, k.get(GROWTH_RATE) * pace);
    double ceiling = 1 - x;
    p += g * gap(p, ceiling);
    d += g * p * gap(d, ceiling);
    f += g * d * gap(f, ceiling);
    relieve(k.get(REASSURANCE) * pace);
    return true;
  }

  private boolean violation(Event.Violation v) {
    double before = trust();
    double s = v.severity();
    boolean integrity = v.kind() == ViolationType.INTEGRITY;
    double deception = v.deceptive() || pendingDenial ? 1
        : v.disclosure() == Disclosure.DISCOVERED ? k.get(CONCEALMENT_SHARE) : 0;
    double loss = Math.min(1, k.get(ASYMMETRY) * k.get(GROWTH_RATE) * s);
    p -= loss * p;
    d -= loss * d;
    f -= loss * f;
    double jump = k.get(DISTRUST_JUMP) * s * (integrity ? k.get(INTEGRITY_WEIGHT) : 1) * (1 + deception);
    x += Math.min(1, jump) * (1 - x);
    floor = Math.min(1, floor + s * (k.get(SEED_RESIDUAL) + k.get(EARLY_BREACH_RESIDUAL) * (1 - before)
        + k.get(DECEPTION_RESIDUAL) * deception));
    x = Math.max(x, floor);
    double shock = Math.min(1, k.get(FORBEARANCE_SHOCK) * s * (integrity ? k.get(INTENT_WEIGHT) : 1)
        / (0.5 + k.get(EMPATHY)));
    a += shock * (1 - a);
    r += shock * (1 - r);
    b -= shock * b;
    violations++;
    deceived = Math.max(deceived, deception);
    pendingDenial = false;
    boost = 0;
    lastKind = v.kind();
    return true;
  }

  private boolean response(ResponseKind kind) {
    double credibility = credibility();
    switch (kind) {
      case APOLOGY -> {
        double share = k.get(APOLOGY_RELIEF) * (lastKind == ViolationType.INTEGRITY ? k.get(INTEGRITY_REPAIR_SHARE) : 1);
        relieve(share * credibility);
        relent(k.get(APOLOGY_FORGIVENESS) * credibility);
      }
      case DENIAL -> deny();
      case PROMISE -> boost = Math.max(boost, k.get(PROMISE_BOOST) * credibility);
      case SUBSTANTIVE_REPAIR -> {
        relieve(k.get(SUBSTANTIVE_REPAIR) * credibility);
        positiveAct(1);
      }
    }
    return true;
  }

  /** Denying a known violation is a further lie (Kim et al. 2004); denying first makes a later one proven. */
  private void deny() {
    if (violations == 0) {
      pendingDenial = true;
      return;
    }
    double penalty = k.get(DENIAL_PENALTY) * (lastKind == ViolationType.INTEGRITY ? k.get(INTEGRITY_WEIGHT) : 1);
    x += Math.min(1, penalty) * (1 - x);
    r += k.get(DENIAL_PENALTY) * (1 - r);
    deceived = 1;
  }

  private boolean stressor(Event.Stressor stressor) {
    double intensity = stressor.intensity();
    switch (stressor.kind()) {
      case ACUTE -> {
        double share = k.get(STRESS_SPILLOVER) * intensity;
        double rebound = k.get(STRESS_REBOUND) * share;
        reboundP += rebound * p;
        reboundD += rebound * d;
        reboundF += rebound * f;
        p -= share * p;
        d -= share * d;
        f -= share * f;
      }
      case CHRONIC -> {
        chronicLoad = week > chronicUntil ? intensity : Math.max(chronicLoad, intensity);
        chronicUntil = Math.max(chronicUntil, week + stressor.weeks() - 1);
      }
    }
    return true;
  }

  private boolean support(Event.Support support) {
    int until = week + support.weeks() - 1;
    switch (support.kind()) {
      case THERAPY -> {
        if (partnerHarm) {
          return false;
        }
        therapyUntil = Math.max(therapyUntil, until);
      }
      case SELF_CARE -> selfCareUntil = Math.max(selfCareUntil, until);
    }
    return true;
  }

  /** The hurt partner's choice eases the motivations; where a partner harms, it is not repair (SF11). */
  private boolean forgive() {
    if (partnerHarm) {
      return false;
    }
    relent(k.get(FORGIVE_STEP));
    return true;
  }

  /** Each earlier violation and every lie makes apologies and promises less believable. */
  private double credibility() {
    return Math.pow(1 - k.get(REPEAT_RISK), Math.max(0, violations - 1))
        * (1 - k.get(DECEPTION_DISCOUNT) * deceived) * therapy();
  }

  /** Chronic stress after coping: therapy helps a couple cope together, self-care buffers a little. */
  private double stressLoad() {
    if (week > chronicUntil) {
      return 0;
    }
    double together = week <= therapyUntil ? k.get(DYADIC_COPING) : 0;
    double alone = week <= selfCareUntil ? k.get(SELF_CARE_BUFFER) : 0;
    return chronicLoad * (1 - together) * (1 - alone);
  }

  private double therapy() {
    return week <= therapyUntil ? 1 + k.get(THERAPY_BOOST) : 1;
  }

  private void relieve(double share) {
    x -= Math.min(1, share) * (x - floor);
  }

  /** Moves the motivations a share of the way back to where they were before any transgression. */
  private void relent(double share) {
    double s = Math.min(1, share);
    a -= s * (a - restAvoidance);
    r -= s * (r - restRevenge);
    b += s * (restBenevolence - b);
  }

  private static double gap(double value, double ceiling) {
    return Math.max(0, ceiling - value);
  }
}
