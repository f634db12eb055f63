package org.trustatlas.core.dynamics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.trustatlas.core.internal.Require;

/**
 * Something that happens in a week of a {@link Scenario}. Each kind is a record that checks its
 * values; {@link #describe()} says it in words a reader understands, for legends and summaries.
 * Each writes out its {@code equals} and {@code hashCode} (by every component, as a record's own
 * would): the generated ones bootstrap a chain of method handles on first use, record by record,
 * about 20 ms of a first simulation's printout, which groups events by value.
 */
public sealed interface Event {

  /** Which kind of event this is. */
  EventType type();

  /** Plain words, such as "a discovered integrity violation (severity 0.8)". */
  String describe();

  /** A positive act of care or reliability, its size in (0, 1]. */
  static Event positiveAct(double magnitude) {
    return new PositiveAct(magnitude);
  }

  /** A response to a violation: apology, denial, promise or substantive repair. */
  static Event response(ResponseKind kind) {
    return new Response(kind);
  }

  /**
   * The hurt partner decides to forgive: always their choice, never a requirement. It eases the forgiveness
   * motivations and does not by itself restore trust.
   */
  static Event forgive() {
    return new Forgive();
  }

  /**
   * A trustworthy, pro-relationship act by the partner: keeping a promise, care when it counts.
   *
   * @param magnitude how much it means, in (0, 1]; 1 is a rare, striking act of care
   */
  record PositiveAct(double magnitude) implements Event {

    public PositiveAct {
      Require.positiveUnit(magnitude, "positive-act magnitude");
    }

    @Override
    public EventType type() {
      return EventType.POSITIVE_ACT;
    }

    @Override
    public String describe() {
      return "a trustworthy act (size " + number(magnitude) + ")";
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof PositiveAct act && Double.compare(magnitude, act.magnitude) == 0;
    }

    @Override
    public int hashCode() {
      return Double.hashCode(magnitude);
    }
  }

  /**
   * A breach of trust by the involved partner.
   *
   * @param severity in (0, 1]; an affair is near the top, a forgotten errand near the bottom
   * @param deceptive whether the partner lied to hide it; deception leaves a lasting mark
   */
  record Violation(ViolationType kind, double severity, boolean deceptive, Disclosure disclosure)
      implements Event {

    public Violation {
      Require.present(kind, "violation kind");
      Require.positiveUnit(severity, "violation severity");
      Require.present(disclosure, "violation disclosure");
    }

    @Override
    public EventType type() {
      return EventType.VIOLATION;
    }

    @Override
    public String describe() {
      return "a " + disclosure.slug() + " " + kind.slug() + " violation (severity " + number(severity)
          + (deceptive ? ", with deception)" : ")");
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Violation violation && kind == violation.kind
          && Double.compare(severity, violation.severity) == 0 && deceptive == violation.deceptive
          && disclosure == violation.disclosure;
    }

    @Override
    public int hashCode() {
      return ((kind.hashCode() * 31 + Double.hashCode(severity)) * 31 + Boolean.hashCode(deceptive)) * 31
          + disclosure.hashCode();
    }
  }

  /** What the involved partner does about the latest violation. */
  record Response(ResponseKind kind) implements Event {

    public Response {
      Require.present(kind, "response kind");
    }

    @Override
    public EventType type() {
      return EventType.RESPONSE;
    }

    @Override
    public String describe() {
      return switch (kind) {
        case APOLOGY -> "an apology";
        case DENIAL -> "a denial";
        case PROMISE -> "a promise to change";
        case SUBSTANTIVE_REPAIR -> "a substantive repair";
      };
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Response response && kind == response.kind;
    }

    @Override
    public int hashCode() {
      return kind.hashCode();
    }
  }

  /**
   * Strain from outside the couple, such as work or money.
   *
   * @param intensity in (0, 1]
   * @param weeks how long it lasts: exactly 1 for an acute stressor, 1 or more for a chronic one
   */
  record Stressor(StressorKind kind, double intensity, int weeks) implements Event {

    public Stressor {
      Require.present(kind, "stressor kind");
      Require.positiveUnit(intensity, "stressor intensity");
      Require.atLeastOne(weeks, "stressor weeks");
      if (kind == StressorKind.ACUTE && weeks != 1) {
        throw new IllegalArgumentException("stressor weeks " + weeks + " must be 1 for an acute stressor;"
            + " use a chronic stressor for strain that lasts");
      }
    }

    @Override
    public EventType type() {
      return EventType.STRESSOR;
    }

    @Override
    public String describe() {
      return (kind == StressorKind.ACUTE ? "an acute stressor" : "chronic stress for " + weeks + " weeks")
          + " (intensity " + number(intensity) + ")";
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Stressor stressor && kind == stressor.kind
          && Double.compare(intensity, stressor.intensity) == 0 && weeks == stressor.weeks;
    }

    @Override
    public int hashCode() {
      return (kind.hashCode() * 31 + Double.hashCode(intensity)) * 31 + weeks;
    }
  }

  /** Help taken up for {@code weeks} weeks from the week it starts. */
  record Support(SupportKind kind, int weeks) implements Event {

    public Support {
      Require.present(kind, "support kind");
      Require.atLeastOne(weeks, "support weeks");
    }

    @Override
    public EventType type() {
      return EventType.SUPPORT;
    }

    @Override
    public String describe() {
      return (kind == SupportKind.THERAPY ? "therapy" : "self-care") + " for " + weeks + " weeks";
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Support support && kind == support.kind && weeks == support.weeks;
    }

    @Override
    public int hashCode() {
      return kind.hashCode() * 31 + weeks;
    }
  }

  /**
   * The hurt partner decides to forgive. Always their choice, never a requirement; it eases the
   * forgiveness motivations and does not by itself restore trust. Refused where a partner harms.
   */
  record Forgive() implements Event {

    @Override
    public EventType type() {
      return EventType.FORGIVE;
    }

    @Override
    public String describe() {
      return "the hurt partner forgives";
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Forgive;
    }

    @Override
    public int hashCode() {
      return Forgive.class.hashCode();
    }
  }

  /**
   * The value to two decimals without trailing zeros ("0.5", "1"), rounded half up from its shortest
   * decimal form as {@code %.2f} rounds it. Read off {@link Double#toString}'s digits: {@code
   * Formatter} costs a simulation's first description about 10 ms (two regular expressions), and on
   * JDK 25 so does {@code BigDecimal}'s class initialiser, which stays for the rare value written with
   * an exponent.
   */
  static String number(double value) {
    String digits = Double.toString(Math.abs(value));
    int point = digits.indexOf('.');
    if (digits.indexOf('E') >= 0 || point < 0) {
      return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
    // Half up: the third decimal alone says whether what is dropped is at least half a hundredth.
    long hundredths = Long.parseLong(digits, 0, point, 10) * 100 + decimal(digits, point + 1) * 10
        + decimal(digits, point + 2) + (decimal(digits, point + 3) >= 5 ? 1 : 0);
    String sign = value < 0 && hundredths > 0 ? "-" : "";
    long cents = hundredths % 100;
    String fraction = cents == 0 ? "" : cents % 10 == 0 ? "." + cents / 10 : cents < 10 ? ".0" + cents : "." + cents;
    return sign + hundredths / 100 + fraction;
  }

  private static int decimal(String digits, int at) {
    return at < digits.length() ? digits.charAt(at) - '0' : 0;
  }
}
