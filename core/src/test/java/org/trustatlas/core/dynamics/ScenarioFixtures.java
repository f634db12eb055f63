package org.trustatlas.core.dynamics;

import static org.trustatlas.core.dynamics.Events.*;
import static org.trustatlas.core.dynamics.ScenarioBuilder.scenario;

import java.util.List;

/**
 * The named scenarios of the bundled pack, built in Java so core tests need no YAML. They must say
 * exactly what content-model's {@code bundled/scenarios.yaml} says; the loader's tests compare the two.
 */
final class ScenarioFixtures {

  private ScenarioFixtures() {}

  static List<Scenario> all() {
    return List.of(disclosedAffairSincereApology(), discoveredAffairDenied(), repairWithPromise(),
        repairWithoutPromise(), repeatedViolations(), workStress(), financialStress(), earlyBreach(), lateBreach(),
        steadyTrustBuilding(), partnerHarmForgivenessRefused());
  }

  static Scenario disclosedAffairSincereApology() {
    return scenario("disclosed-affair-sincere-apology").steps(104).seed(7)
        .titled("A disclosed affair and a sincere apology",
            "An established couple. In week 10 one partner tells the other about an affair. An apology, a concrete"
                + " change and a promise follow, then two years of reliable care and a course of couples therapy."
                + " Recovery after an affair takes months to years.")
        .at(10, integrity(0.8, Disclosure.DISCLOSED, false)).at(11, apology()).at(12, repair()).at(12, promise())
        .every(13, 1, 104, act(0.5)).at(14, therapy(20)).build();
  }

  static Scenario discoveredAffairDenied() {
    return scenario("discovered-affair-denied").seed(7)
        .titled("A discovered affair, first denied",
            "An established couple. In week 8 one partner denies a suspicion; in week 10 the other finds out about"
                + " an affair that was hidden with lies. It is denied again, admitted and apologised for in week 14,"
                + " and followed by a promise and months of reliable care.")
        .at(8, denial()).at(10, integrity(0.8, Disclosure.DISCOVERED, true)).at(11, denial()).at(14, apology())
        .at(15, promise()).every(16, 1, 52, act(0.5)).build();
  }

  static Scenario repairWithPromise() {
    return scenario("repair-with-promise").seed(7)
        .titled("Repair with a promise",
            "In week 10 one partner discloses breaking an agreement that mattered. They apologise and promise to"
                + " change, and keep acting reliably every other week.")
        .at(10, integrity(0.6, Disclosure.DISCLOSED, false)).at(11, apology()).at(11, promise())
        .every(12, 2, 52, act(0.5)).build();
  }

  static Scenario repairWithoutPromise() {
    return scenario("repair-without-promise").seed(7)
        .titled("Repair without a promise",
            "The same broken agreement and apology as in repair-with-promise, with no promise to change.")
        .at(10, integrity(0.6, Disclosure.DISCLOSED, false)).at(11, apology())
        .every(12, 2, 52, act(0.5)).build();
  }

  static Scenario repeatedViolations() {
    return scenario("repeated-violations").steps(78).seed(7)
        .titled("Repeated violations",
            "The same kind of breach is found out three times, each followed by an apology, a promise and weeks of"
                + " good behaviour. Each repeat makes the next apology less believable.")
        .at(8, integrity(0.5, Disclosure.DISCOVERED, false)).at(9, apology()).at(9, promise())
        .every(10, 1, 25, act(0.5))
        .at(26, integrity(0.5, Disclosure.DISCOVERED, false)).at(27, apology()).at(27, promise())
        .every(28, 1, 43, act(0.5))
        .at(44, integrity(0.5, Disclosure.DISCOVERED, false)).at(45, apology()).at(45, promise())
        .every(46, 1, 78, act(0.5)).build();
  }

  static Scenario workStress() {
    return scenario("work-stress").seed(7)
        .titled("Months of work stress",
            "Overwork from week 6 for 30 weeks, with two hard deadlines. The partners keep making time for each"
                + " other every other week; one of them takes up self-care from week 14.")
        .every(2, 2, 52, act(0.4)).at(6, chronic(0.6, 30)).at(12, acute(0.8)).at(24, acute(0.8))
        .at(14, selfCare(20)).build();
  }

  static Scenario financialStress() {
    return scenario("financial-stress").steps(78).seed(7)
        .titled("Financial stress",
            "A job loss in week 8, then a year of debt. From week 24 the couple sees a therapist for 16 weeks to"
                + " learn to cope together.")
        .every(1, 2, 78, act(0.4)).at(8, acute(0.9)).at(9, chronic(0.8, 52)).at(24, therapy(16)).build();
  }

  static Scenario earlyBreach() {
    return breachInWeek(6, scenario("early-breach").titled("An early breach",
        "A new couple builds trust week by week. In week 6, before much trust exists, one partner breaks an"
            + " important agreement and apologises."));
  }

  static Scenario lateBreach() {
    return breachInWeek(70, scenario("late-breach").titled("A late breach",
        "The same couple and the same breach and apology as in early-breach, but in week 70, after trust has"
            + " grown."));
  }

  /** Early and late breach differ only in the week: the same new couple, breach and apology. */
  private static Scenario breachInWeek(int week, ScenarioBuilder named) {
    return named.steps(104).seed(7).start(TrustState.NEW_RELATIONSHIP).every(1, 1, 104, act(0.5))
        .at(week, integrity(0.5, Disclosure.DISCLOSED, false)).at(week + 1, apology()).build();
  }

  static Scenario steadyTrustBuilding() {
    return scenario("steady-trust-building").steps(104).seed(7).start(TrustState.NEW_RELATIONSHIP)
        .titled("Trust built steadily",
            "A new couple where one partner is reliable and caring every week for two years, and nothing breaks.")
        .every(1, 1, 104, act(0.5)).build();
  }

  static Scenario partnerHarmForgivenessRefused() {
    return scenario("partner-harm-forgiveness-refused").seed(7).partnerHarm()
        .titled("Harm by a partner: apologies, kindness and forgiving are not repair",
            "A partner harms the other in weeks 6, 18 and 30, each time followed by an apology, a promise and weeks"
                + " of kindness. None of it is applied as repair: after harm it is part of a repeating cycle. Forgiving"
                + " in week 19 and couples therapy in week 22 are not applied either. The chart follows the safety"
                + " and the distrust of the person harmed.")
        .at(6, integrity(0.7, Disclosure.DISCLOSED, false)).at(7, apology()).at(7, promise())
        .every(8, 1, 52, act(0.5))
        .at(18, integrity(0.7, Disclosure.DISCLOSED, false)).at(19, apology()).at(19, promise())
        .at(19, Event.forgive()).at(22, therapy(12))
        .at(30, integrity(0.7, Disclosure.DISCLOSED, false)).at(31, apology()).at(31, promise())
        .build();
  }
}
