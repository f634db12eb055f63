package org.trustatlas.core.dynamics;

/** Short names for the events tests and fixtures write again and again. */
final class Events {

  private Events() {}

  static Event act(double magnitude) {
    return new Event.PositiveAct(magnitude);
  }

  static Event integrity(double severity, Disclosure disclosure, boolean deceptive) {
    return new Event.Violation(ViolationType.INTEGRITY, severity, deceptive, disclosure);
  }

  static Event competence(double severity) {
    return new Event.Violation(ViolationType.COMPETENCE, severity, false, Disclosure.DISCLOSED);
  }

  static Event apology() {
    return new Event.Response(ResponseKind.APOLOGY);
  }

  static Event denial() {
    return new Event.Response(ResponseKind.DENIAL);
  }

  static Event promise() {
    return new Event.Response(ResponseKind.PROMISE);
  }

  static Event repair() {
    return new Event.Response(ResponseKind.SUBSTANTIVE_REPAIR);
  }

  static Event acute(double intensity) {
    return new Event.Stressor(StressorKind.ACUTE, intensity, 1);
  }

  static Event chronic(double intensity, int weeks) {
    return new Event.Stressor(StressorKind.CHRONIC, intensity, weeks);
  }

  static Event therapy(int weeks) {
    return new Event.Support(SupportKind.THERAPY, weeks);
  }

  static Event selfCare(int weeks) {
    return new Event.Support(SupportKind.SELF_CARE, weeks);
  }
}
