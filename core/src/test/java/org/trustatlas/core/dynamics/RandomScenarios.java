package org.trustatlas.core.dynamics;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Random valid scenarios and parameter sets for property tests, reproducible from one seed. */
final class RandomScenarios {

  private final SplittableRandom random;

  RandomScenarios(long seed) {
    this.random = new SplittableRandom(seed);
  }

  Scenario next() {
    int steps = 1 + random.nextInt(random.nextInt(10) == 0 ? 2_000 : 120);
    int firstViolation = 1 + random.nextInt(steps);
    List<TimedEvent> events = new ArrayList<>();
    events.add(new TimedEvent(firstViolation, violation()));
    int count = random.nextInt(3 * steps + 1);
    for (int i = 0; i < count; i++) {
      int at = 1 + random.nextInt(steps);
      events.add(new TimedEvent(at, at > firstViolation ? anyEvent() : beforeAnyViolation()));
    }
    return new Scenario("random", "random", "", steps, random.nextLong(), state(), random.nextBoolean(), events);
  }

  /** Any value in each parameter's range, ends included, so corners get tried too. */
  DynamicsParameters parameters() {
    List<Parameter> parameters = new ArrayList<>();
    for (Param param : Param.values()) {
      double value = switch (random.nextInt(4)) {
        case 0 -> param.min;
        case 1 -> param.max;
        default -> param.min + random.nextDouble() * (param.max - param.min);
      };
      // Some weight must stay above 0 for the trust score to be defined.
      parameters.add(param.defaultParameter().withValue(param == Param.WEIGHT_FAITH ? Math.max(0.01, value) : value));
    }
    return DynamicsParameters.of(parameters);
  }

  Event violation() {
    ViolationType kind = ViolationType.values()[random.nextInt(2)];
    Disclosure disclosure = Disclosure.values()[random.nextInt(2)];
    return new Event.Violation(kind, size(), random.nextBoolean(), disclosure);
  }

  private Event anyEvent() {
    return switch (EventType.values()[random.nextInt(EventType.values().length)]) {
      case POSITIVE_ACT -> new Event.PositiveAct(size());
      case VIOLATION -> violation();
      case RESPONSE -> new Event.Response(ResponseKind.values()[random.nextInt(ResponseKind.values().length)]);
      case STRESSOR -> random.nextBoolean() ? new Event.Stressor(StressorKind.ACUTE, size(), 1)
          : new Event.Stressor(StressorKind.CHRONIC, size(), 1 + random.nextInt(60));
      case SUPPORT -> new Event.Support(SupportKind.values()[random.nextInt(2)], 1 + random.nextInt(60));
      case FORGIVE -> Event.forgive();
    };
  }

  /** Before the first violation only acts, stress, support and denials make sense. */
  private Event beforeAnyViolation() {
    Event event = anyEvent();
    boolean answers = event instanceof Event.Forgive || event instanceof Event.Violation
        || event instanceof Event.Response response && response.kind() != ResponseKind.DENIAL;
    return answers ? new Event.Response(ResponseKind.DENIAL) : event;
  }

  private TrustState state() {
    return new TrustState(unit(), unit(), unit(), unit(), unit(), unit(), unit());
  }

  private double unit() {
    return random.nextInt(8) == 0 ? random.nextInt(2) : random.nextDouble();
  }

  private double size() {
    return random.nextInt(8) == 0 ? 1 : 1e-6 + random.nextDouble() * (1 - 1e-6);
  }
}
