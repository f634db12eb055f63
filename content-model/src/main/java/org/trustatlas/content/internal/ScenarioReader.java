package org.trustatlas.content.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.trustatlas.core.dynamics.Disclosure;
import org.trustatlas.core.dynamics.Event;
import org.trustatlas.core.dynamics.EventType;
import org.trustatlas.core.dynamics.ResponseKind;
import org.trustatlas.core.dynamics.Scenario;
import org.trustatlas.core.dynamics.SimulationCost;
import org.trustatlas.core.dynamics.SimulationTooLargeException;
import org.trustatlas.core.dynamics.StressorKind;
import org.trustatlas.core.dynamics.SupportKind;
import org.trustatlas.core.dynamics.TimedEvent;
import org.trustatlas.core.dynamics.TrustState;
import org.trustatlas.core.dynamics.ViolationType;
import org.trustatlas.core.internal.Slugs;

/** Maps shape-checked scenario entries to core scenarios, reporting what only the event type can tell. */
final class ScenarioReader {

  /** A field only some event types have, and whether those types require it. */
  private record TypeField(String name, List<EventType> types, boolean required,
      Function<ScenariosFile.Event, Object> value) {}

  private static final List<TypeField> TYPE_FIELDS = List.of(
      new TypeField("magnitude", List.of(EventType.POSITIVE_ACT), true, ScenariosFile.Event::magnitude),
      new TypeField("violation", List.of(EventType.VIOLATION), true, ScenariosFile.Event::violation),
      new TypeField("severity", List.of(EventType.VIOLATION), true, ScenariosFile.Event::severity),
      new TypeField("deceptive", List.of(EventType.VIOLATION), false, ScenariosFile.Event::deceptive),
      new TypeField("disclosure", List.of(EventType.VIOLATION), true, ScenariosFile.Event::disclosure),
      new TypeField("response", List.of(EventType.RESPONSE), true, ScenariosFile.Event::response),
      new TypeField("stressor", List.of(EventType.STRESSOR), true, ScenariosFile.Event::stressor),
      new TypeField("intensity", List.of(EventType.STRESSOR), true, ScenariosFile.Event::intensity),
      new TypeField("weeks", List.of(EventType.STRESSOR, EventType.SUPPORT), false, ScenariosFile.Event::weeks),
      new TypeField("support", List.of(EventType.SUPPORT), true, ScenariosFile.Event::support));

  private ScenarioReader() {}

  /**
   * What running this scenario would cost, counted from the text before any event is made: a
   * repetition of 10,000 weeks costs a multiplication here, not 10,000 objects.
   */
  static SimulationCost cost(ScenariosFile.Scenario s) {
    long events = 0;
    for (ScenariosFile.Event e : s.events() == null ? List.<ScenariosFile.Event>of() : s.events()) {
      boolean repeated = e.every() != null && e.until() != null && e.at() != null;
      events += repeated ? SimulationCost.repetitions(e.at(), e.every(), e.until()) : 1;
    }
    // Weeks out of range are the scenario's own located problem ("steps must be between ..."), not a cost.
    int steps = s.steps() == null ? 0 : Math.max(0, Math.min(s.steps(), SimulationCost.MAX_STEPS));
    return new SimulationCost(steps, events);
  }

  static Optional<Scenario> read(Located<ScenariosFile.Scenario> located, Problems problems) {
    ScenariosFile.Scenario s = located.value();
    try {
      cost(s).check();
    } catch (SimulationTooLargeException tooLarge) {
      located.report(problems, "events", tooLarge.getMessage());
      return Optional.empty();
    }
    List<TimedEvent> events = new ArrayList<>();
    boolean ok = true;
    List<ScenariosFile.Event> entries = s.events() == null ? List.of() : s.events();
    for (int i = 0; i < entries.size(); i++) {
      Located<ScenariosFile.Event> event = new Located<>(entries.get(i), located.doc(),
          located.pointer() + "/events/" + i);
      ok &= event(event, problems).map(events::addAll).isPresent();
    }
    if (!ok) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Scenario(s.id(), s.title(), s.description() == null ? "" : s.description(), s.steps(),
          s.seed() == null ? 0 : s.seed(), initial(s.initial()), Boolean.TRUE.equals(s.partnerHarm()), events));
    } catch (IllegalArgumentException invalid) {
      located.report(problems, null, invalid.getMessage());
      return Optional.empty();
    }
  }

  private static TrustState initial(ScenariosFile.State state) {
    if (state == null) {
      return TrustState.ESTABLISHED;
    }
    return new TrustState(state.predictability(), state.dependability(), state.faith(), state.distrust(),
        state.avoidance(), state.revenge(), state.benevolence());
  }

  private static Optional<List<TimedEvent>> event(Located<ScenariosFile.Event> located, Problems problems) {
    ScenariosFile.Event e = located.value();
    EventType type = Slugs.parse(EventType.class, e.type()).orElseThrow();
    boolean ok = true;
    for (TypeField field : TYPE_FIELDS) {
      Object value = field.value().apply(e);
      if (value != null && !field.types().contains(type)) {
        located.report(problems, field.name(), "field '" + field.name() + "' does not apply to a " + type.slug()
            + " event");
        ok = false;
      } else if (value == null && field.required() && field.types().contains(type)) {
        located.report(problems, null, "a " + type.slug() + " event needs '" + field.name() + "'");
        ok = false;
      }
    }
    if ((e.every() == null) != (e.until() == null)) {
      located.report(problems, e.every() == null ? "until" : "every", "'every' and 'until' go together");
      ok = false;
    }
    if (!ok) {
      return Optional.empty();
    }
    try {
      Event event = build(type, e);
      return Optional.of(e.every() == null ? List.of(new TimedEvent(e.at(), event))
          : TimedEvent.repeated(e.at(), e.every(), e.until(), event));
    } catch (IllegalArgumentException invalid) {
      located.report(problems, null, invalid.getMessage());
      return Optional.empty();
    }
  }

  private static Event build(EventType type, ScenariosFile.Event e) {
    return switch (type) {
      case POSITIVE_ACT -> new Event.PositiveAct(e.magnitude());
      case VIOLATION -> new Event.Violation(slug(ViolationType.class, e.violation()), e.severity(),
          Boolean.TRUE.equals(e.deceptive()), slug(Disclosure.class, e.disclosure()));
      case RESPONSE -> new Event.Response(slug(ResponseKind.class, e.response()));
      case STRESSOR -> new Event.Stressor(slug(StressorKind.class, e.stressor()), e.intensity(),
          e.weeks() == null ? 1 : e.weeks());
      case SUPPORT -> new Event.Support(slug(SupportKind.class, e.support()), e.weeks() == null ? 1 : e.weeks());
      case FORGIVE -> new Event.Forgive();
    };
  }

  private static <E extends Enum<E>> E slug(Class<E> type, String value) {
    return Slugs.parse(type, value).orElseThrow();
  }
}
