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
  private final Motivations motivations;
  private final Circumstances circumstances;

  private double p;
  private double d;
  private double f;
  private double x;
  /** Where a partner harms: how safe the person harmed is, 1 before any harm. Only harm moves it. */
  private double safety = 1;
  /** Distrust that no longer fades: the mark deception and early breaches leave. */
  private double floor;
  /** Extra pace of rebuilding from a believed promise; fades week by week. */
  private double boost;
  /** Share of each trust dimension an acute stressor took last week that comes back this week. */
  private double reboundP;
  private double reboundD;
  private double reboundF;
  private int week;
  private int violations;
  /** How far the truster has been lied to, 0 to 1: it discounts every later apology and promise. */
  private double deceived;
  /** A denial before any violation: the next violation is then a proven lie. */
  private boolean pendingDenial;
  private ViolationType lastKind = ViolationType.COMPETENCE;

  Engine(TrustState start, DynamicsParameters parameters, boolean partnerHarm) {
    this.k = parameters;
    this.partnerHarm = partnerHarm;
    this.motivations = new Motivations(start);
    this.circumstances = new Circumstances(parameters);
    p = start.predictability();
    d = start.dependability();
    f = start.faith();
    x = start.distrust();
    floor = x;
  }

  void startWeek(int t) {
    week = t;
    p = Math.min(1, p + reboundP);
    d = Math.min(1, d + reboundD);
    f = Math.min(1, f + reboundF);
    reboundP = reboundD = reboundF = 0;
  }

  /** Applies one event; false when it is refused as repair because a partner harms (see {@link Refusal}). */
  boolean apply(Event event) {
    if (partnerHarm && Refusal.refusedUnderHarm(event)) {
      return false;
    }
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
    double erosion = k.get(CHRONIC_EROSION) * circumstances.strain(week);
    p -= erosion * p;
    d -= erosion * d;
    f -= erosion * f;
    x -= k.get(DISTRUST_DECAY) * (x - floor);
    double anger = 1 - k.get(ANGER_DRAG) * motivations.revenge;
    motivations.relent(k.get(FORGIVENESS_TREND) * (0.5 + k.get(EMPATHY)) * anger * circumstances.therapy(week));
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
    row[at + 4] = motivations.avoidance;
    row[at + 5] = motivations.revenge;
    row[at + 6] = motivations.benevolence;
    row[at + Trajectory.SAFETY] = safety;
  }

  /**
   * Rempel's progression: predictability grows first, dependability on it, faith on dependability.
   * The same pace clears distrust, so existing trust speeds recovery from a breach (Finkel; Lount).
   */
  private boolean positiveAct(double magnitude) {
    double pace = magnitude * (1 + boost) * circumstances.therapy(week)
        * (1 - k.get(CHRONIC_DAMPENING) * circumstances.strain(week)) * (1 + k.get(MUTUAL_GROWTH) * trust());
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
    double deception = v.deceptive() || pendingDenial ? 1
        : v.disclosure() == Disclosure.DISCOVERED ? k.get(CONCEALMENT_SHARE) : 0;
    double loss = Math.min(1, k.get(ASYMMETRY) * k.get(GROWTH_RATE) * s);
    p -= loss * p;
    d -= loss * d;
    f -= loss * f;
    double jump = k.get(DISTRUST_JUMP) * s * weightOf(v.kind(), INTEGRITY_WEIGHT) * (1 + deception);
    x += Math.min(1, jump) * (1 - x);
    floor = Math.min(1, floor + s * (k.get(SEED_RESIDUAL) + k.get(EARLY_BREACH_RESIDUAL) * (1 - before)
        + k.get(DECEPTION_RESIDUAL) * deception));
    x = Math.max(x, floor);
    if (partnerHarm) {
      // Wariness of a partner who harms is protection, not a wound to heal: it does not fade while they may harm again.
      floor = x;
      safety -= Math.min(1, k.get(HARM_SAFETY_LOSS) * s) * safety;
    }
    motivations.shock(k.get(FORBEARANCE_SHOCK) * s * weightOf(v.kind(), INTENT_WEIGHT) / (0.5 + k.get(EMPATHY)));
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
        double typeShare = lastKind == ViolationType.INTEGRITY ? k.get(INTEGRITY_REPAIR_SHARE) : 1;
        relieve(k.get(APOLOGY_RELIEF) * typeShare * credibility);
        motivations.relent(k.get(APOLOGY_FORGIVENESS) * credibility);
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
    x += Math.min(1, k.get(DENIAL_PENALTY) * weightOf(lastKind, INTEGRITY_WEIGHT)) * (1 - x);
    motivations.anger(k.get(DENIAL_PENALTY));
    deceived = 1;
  }

  private boolean stressor(Event.Stressor stressor) {
    switch (stressor.kind()) {
      case ACUTE -> {
        double share = k.get(STRESS_SPILLOVER) * stressor.intensity() * (1 - circumstances.selfCare(week));
        double rebound = k.get(STRESS_REBOUND) * share;
        reboundP += rebound * p;
        reboundD += rebound * d;
        reboundF += rebound * f;
        p -= share * p;
        d -= share * d;
        f -= share * f;
      }
      case CHRONIC -> circumstances.chronicStress(week, stressor.intensity(), stressor.weeks());
    }
    return true;
  }

  private boolean support(Event.Support support) {
    circumstances.support(week, support.kind(), support.weeks());
    return true;
  }

  /** The hurt partner's choice eases the motivations; where a partner harms it is refused first (SF11). */
  private boolean forgive() {
    motivations.relent(k.get(FORGIVE_STEP));
    return true;
  }

  /** Each earlier violation and every lie makes apologies and promises less believable. */
  private double credibility() {
    return Math.pow(1 - k.get(REPEAT_RISK), Math.max(0, violations - 1))
        * (1 - k.get(DECEPTION_DISCOUNT) * deceived) * circumstances.therapy(week);
  }

  /** Integrity violations weigh more: {@code weight} for them, 1 for competence violations. */
  private double weightOf(ViolationType kind, Param weight) {
    return kind == ViolationType.INTEGRITY ? k.get(weight) : 1;
  }

  private void relieve(double share) {
    x -= Math.min(1, share) * (x - floor);
  }

  private static double gap(double value, double ceiling) {
    return Math.max(0, ceiling - value);
  }
}
