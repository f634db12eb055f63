package org.trustatlas.core.dynamics;

/**
 * Every number the simulator uses, with its allowed range and its default source and note. The
 * defaults are shapes, not calibrations: most findings come from games with strangers, so only the
 * direction and ordering they show are meant (research/domain.md §5, §8).
 */
enum Param {
  GROWTH_RATE("growthRate", 0.08, 0.001, 0.5, "rempel-1985",
      "Share of the gap to the ceiling a full-size positive act closes in predictability; small, so trust takes months."),
  MUTUAL_GROWTH("mutualGrowth", 0.5, 0, 1, "wieselquist-1999",
      "Mutual cyclical growth: acts count up to (1 + this) times as much when trust is high; at most 1."),
  ASYMMETRY("asymmetry", 2.0, 1, 5, "slovic-1993",
      "A violation takes this many times what an equal-sized act adds; 1 turns the conditional effect off."),
  DISTRUST_JUMP("distrustJump", 0.3, 0, 1, "fulmer-2010",
      "Share of the room left for distrust a severity-1 competence violation fills: bigger violations, bigger drops."),
  INTEGRITY_WEIGHT("integrityWeight", 1.5, 1, 3, "kim-2004",
      "Integrity violations raise distrust this many times more than competence ones: character outweighs repentance."),
  CONCEALMENT_SHARE("concealmentShare", 0.5, 0, 1, "schweitzer-2006",
      "How much a discovered, undisclosed violation counts as deception; a design assumption."),
  DECEPTION_RESIDUAL("deceptionResidual", 0.25, 0, 0.6, "schweitzer-2006",
      "Lasting rise of the distrust floor per unit severity of deception, so such trust never fully recovers."),
  DECEPTION_DISCOUNT("deceptionDiscount", 0.5, 0, 1, "schweitzer-2006",
      "After deception, apologies and promises work this share less."),
  EARLY_BREACH_RESIDUAL("earlyBreachResidual", 0.3, 0, 0.6, "lount-2008",
      "Floor rise per unit severity, times how little trust existed before: an early breach does lasting damage."),
  SEED_RESIDUAL("seedResidual", 0.02, 0, 0.2, "lount-2008",
      "Floor rise per unit severity at any time: even a late breach leaves a seed of distrust."),
  DISTRUST_DECAY("distrustDecay", 0.02, 0, 0.5, "beebe-2026",
      "Weekly share of distrust above its floor that fades on its own; slow, as clinicians see affair recovery take six months to two years."),
  REASSURANCE("reassurance", 0.02, 0, 1, "glass-2003",
      "Share of distrust above its floor one full-size trustworthy act clears; set so a disclosed affair with repair takes months to a year or more."),
  APOLOGY_RELIEF("apologyRelief", 0.3, 0, 1, "kim-2004",
      "Share of distrust above its floor an apology for a competence violation clears."),
  INTEGRITY_REPAIR_SHARE("integrityRepairShare", 0.6, 0, 1, "kim-2004",
      "An apology for an integrity violation works this share as well as one for a competence violation."),
  DENIAL_PENALTY("denialPenalty", 0.15, 0, 1, "kim-2004",
      "Share of the room left for distrust that denying a known violation fills; it also counts as a lie."),
  PROMISE_BOOST("promiseBoost", 1.0, 0, 3, "schweitzer-2006",
      "A believed promise to change makes rebuilding up to (1 + this) times faster at first."),
  PROMISE_FADE("promiseFade", 0.05, 0.001, 1, "schweitzer-2006",
      "Weekly fading of a promise's boost; a design assumption."),
  SUBSTANTIVE_REPAIR("substantiveRepair", 0.2, 0, 1, "schweitzer-2006",
      "Share of distrust above its floor a substantive repair clears; it also counts as a full-size trustworthy act."),
  REPEAT_RISK("repeatRisk", 0.25, 0, 1, "burnette-2012",
      "Each earlier violation makes repair this share less credible (exploitation risk); a weakly sourced assumption."),
  FORBEARANCE_SHOCK("forbearanceShock", 0.6, 0, 1, "mccullough-2003",
      "Share of the room left that avoidance and revenge rise (and benevolence falls) per unit severity."),
  FORGIVENESS_TREND("forgivenessTrend", 0.06, 0.001, 0.5, "mccullough-2003",
      "Weekly share by which the motivations return toward their levels before the transgression."),
  EMPATHY("empathy", 0.5, 0, 1, "fehr-2010",
      "The hurt partner's empathy (r = .51): divides the shock by and multiplies the trend by (0.5 + this)."),
  INTENT_WEIGHT("intentWeight", 1.5, 1, 3, "fehr-2010",
      "Integrity violations read as intended (r = -.49): their shock to the motivations is this many times larger."),
  ANGER_DRAG("angerDrag", 0.5, 0, 1, "fehr-2010",
      "Revenge, as state anger (r = -.41), slows the forgiveness trend by up to this share."),
  APOLOGY_FORGIVENESS("apologyForgiveness", 0.3, 0, 1, "fehr-2010",
      "Share of the way back to the earlier motivations an apology covers (r = .42)."),
  FORGIVE_STEP("forgiveStep", 0.5, 0, 1, "mccullough-2003",
      "Share of the way back the hurt partner's own decision to forgive covers; it restores motivations, not trust."),
  STRESS_SPILLOVER("stressSpillover", 0.08, 0, 0.5, "buck-2012",
      "Share of each trust dimension an acute stressor of intensity 1 takes in its week: stress spills over into the relationship."),
  STRESS_REBOUND("stressRebound", 0.6, 0, 1, "buck-2012",
      "Share of that drop regained the next week: spillover is tied to the stressful days; its size is a design assumption."),
  CHRONIC_EROSION("chronicErosion", 0.015, 0, 0.05, "bodenmann-2010",
      "Weekly share of each trust dimension chronic stress of intensity 1 wears away without coping."),
  CHRONIC_DAMPENING("chronicDampening", 0.5, 0, 1, "bodenmann-2010",
      "Under chronic stress of intensity 1, positive acts count this share less; stands in for less sex and intimacy."),
  DYADIC_COPING("dyadicCoping", 0.5, 0, 1, "bodenmann-2010",
      "Share of the effects of chronic stress that therapy, as help to cope together, cancels."),
  SELF_CARE_BUFFER("selfCareBuffer", 0.25, 0, 1, "khoury-2015",
      "Share of the effects of acute and chronic stress self-care cancels (mindfulness lowers stress); it repairs nothing itself."),
  THERAPY_BOOST("therapyBoost", 0.5, 0, 2, "atkins-2005",
      "While therapy runs, repair and the forgiveness trend work (1 + this) times as well; a design assumption."),
  HARM_SAFETY_LOSS("harmSafetyLoss", 0.4, 0, 1, "campbell-2003",
      "Share of the harmed person's remaining safety one harm of severity 1 takes; only the harm stopping restores it."),
  WEIGHT_PREDICTABILITY("weightPredictability", 0.25, 0, 1, "rempel-1985",
      "Weight of predictability in the trust score; the most basic level of the progression."),
  WEIGHT_DEPENDABILITY("weightDependability", 0.35, 0, 1, "rempel-1985",
      "Weight of dependability in the trust score."),
  WEIGHT_FAITH("weightFaith", 0.40, 0, 1, "rempel-1985",
      "Weight of faith, highest because love and happiness were most closely tied to it."),
  NOISE("noise", 0.0, 0, 0.1, "mccullough-2003",
      "Half-width of week-to-week fluctuation around the course (temporary forgiveness); 0 draws smooth curves."),
  RECOVERY_TOLERANCE("recoveryTolerance", 0.01, 0, 0.1, "schweitzer-2006",
      "How close to its starting level trust must come for the summary to call it recovered.");

  final String key;
  final double defaultValue;
  final double min;
  final double max;
  final String source;
  final String note;

  Param(String key, double defaultValue, double min, double max, String source, String note) {
    this.key = key;
    this.defaultValue = defaultValue;
    this.min = min;
    this.max = max;
    this.source = source;
    this.note = note;
  }

  Parameter defaultParameter() {
    return new Parameter(key, defaultValue, source, note);
  }
}
