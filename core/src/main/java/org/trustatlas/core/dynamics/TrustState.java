package org.trustatlas.core.dynamics;

import org.trustatlas.core.internal.Require;

/**
 * Where a truster stands in one week. Three trust dimensions after Rempel, Holmes &amp; Zanna (1985),
 * distrust as its own axis (Lewicki et al. 2006), and the three forgiveness motivations of McCullough
 * et al. (2003). Every value is in [0, 1].
 *
 * @param predictability confidence that the partner's behaviour is consistent; the most basic level
 * @param dependability confidence that the partner can be counted on when it matters
 * @param faith security about the partner's care into an uncertain future; the highest level
 * @param distrust active suspicion, separate from low trust: it caps how far confidence can grow
 * @param avoidance the wish to keep away from the partner after a hurt
 * @param revenge the wish to see the partner hurt in return; stands in for state anger
 * @param benevolence goodwill toward the partner
 */
public record TrustState(double predictability, double dependability, double faith, double distrust,
    double avoidance, double revenge, double benevolence) {

  /** A settled couple: fairly high trust, little distrust, much goodwill. Packs may state their own. */
  public static final TrustState ESTABLISHED = new TrustState(0.75, 0.70, 0.65, 0.05, 0.05, 0.02, 0.85);

  /** A couple a few weeks in: predictability forming, faith barely begun. */
  public static final TrustState NEW_RELATIONSHIP = new TrustState(0.30, 0.20, 0.10, 0.05, 0.05, 0.02, 0.60);

  public TrustState {
    Require.unit(predictability, "predictability");
    Require.unit(dependability, "dependability");
    Require.unit(faith, "faith");
    Require.unit(distrust, "distrust");
    Require.unit(avoidance, "avoidance");
    Require.unit(revenge, "revenge");
    Require.unit(benevolence, "benevolence");
  }

  /**
   * The overall trust score:
   *
   * <pre>trust = (wP·predictability + wD·dependability + wF·faith) / (wP + wD + wF) · (1 − distrust)</pre>
   *
   * <p>with the weights {@code weightPredictability}, {@code weightDependability} and {@code
   * weightFaith}. Confidence is discounted by suspicion, so the score stays in [0, 1]. The
   * forgiveness motivations are left out on purpose: forgiving is not trusting, and they act on trust
   * only through how fast it can be rebuilt.
   */
  public double trust(DynamicsParameters parameters) {
    return score(predictability, dependability, faith, distrust, parameters);
  }

  /**
   * How far the hurt partner has forgiven: {@code (benevolence + (1 − avoidance) + (1 − revenge)) / 3},
   * in [0, 1]. Higher means closer to forgiving.
   */
  public double forgiveness() {
    return (benevolence + (1 - avoidance) + (1 - revenge)) / 3;
  }

  static double score(double p, double d, double f, double x, DynamicsParameters parameters) {
    double wp = parameters.get(Param.WEIGHT_PREDICTABILITY);
    double wd = parameters.get(Param.WEIGHT_DEPENDABILITY);
    double wf = parameters.get(Param.WEIGHT_FAITH);
    return (wp * p + wd * d + wf * f) / (wp + wd + wf) * (1 - x);
  }
}
