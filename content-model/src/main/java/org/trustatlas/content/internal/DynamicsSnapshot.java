package org.trustatlas.content.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.trustatlas.core.dynamics.Disclosure;
import org.trustatlas.core.dynamics.DynamicsParameters;
import org.trustatlas.core.dynamics.Event;
import org.trustatlas.core.dynamics.EventType;
import org.trustatlas.core.dynamics.Parameter;
import org.trustatlas.core.dynamics.ResponseKind;
import org.trustatlas.core.dynamics.Scenario;
import org.trustatlas.core.dynamics.StressorKind;
import org.trustatlas.core.dynamics.SupportKind;
import org.trustatlas.core.dynamics.TimedEvent;
import org.trustatlas.core.dynamics.TrustState;
import org.trustatlas.core.dynamics.ViolationType;

/**
 * The snapshot part for the simulator: parameters with their sources and the named scenarios, with
 * repeated events already spelled out week by week. A new kind of event gets a case in both
 * switches (the reader's is exhaustive, so it does not compile until it has one).
 */
public final class DynamicsSnapshot {

  static final String PART = "dynamics";

  private static final EventType[] TYPES = EventType.values();

  private DynamicsSnapshot() {}

  public static void write(DynamicsContent dynamics, SnapshotOut out) throws IOException {
    out.list(dynamics.parameters().parameters(), (o, p) -> {
      o.text(p.name());
      o.decimal(p.value());
      o.text(p.source());
      o.text(p.note());
    });
    out.list(dynamics.scenarios(), (o, s) -> {
      o.text(s.id());
      o.text(s.title());
      o.text(s.description());
      o.number(s.steps());
      o.longNumber(s.seed());
      state(o, s.initial());
      o.flag(s.partnerHarm());
      o.list(s.events(), DynamicsSnapshot::event);
    });
    out.end(PART);
  }

  public static DynamicsContent read(SnapshotIn in) throws IOException {
    List<Parameter> parameters = new ArrayList<>();
    for (int n = in.count(); n > 0; n--) {
      parameters.add(new Parameter(in.text(), in.decimal(), in.text(), in.text()));
    }
    List<Scenario> scenarios = new ArrayList<>();
    for (int n = in.count(); n > 0; n--) {
      String id = in.text();
      String title = in.text();
      String description = in.text();
      int steps = in.number();
      long seed = in.longNumber();
      TrustState initial = state(in);
      boolean partnerHarm = in.flag();
      List<TimedEvent> events = new ArrayList<>();
      for (int e = in.count(); e > 0; e--) {
        events.add(event(in));
      }
      scenarios.add(new Scenario(id, title, description, steps, seed, initial, partnerHarm, events));
    }
    DynamicsContent dynamics = new DynamicsContent(DynamicsParameters.of(parameters), scenarios);
    in.end(PART);
    return dynamics;
  }

  private static void state(SnapshotOut out, TrustState s) throws IOException {
    for (double value : new double[] {s.predictability(), s.dependability(), s.faith(), s.distrust(), s.avoidance(),
        s.revenge(), s.benevolence()}) {
      out.decimal(value);
    }
  }

  private static TrustState state(SnapshotIn in) throws IOException {
    return new TrustState(in.decimal(), in.decimal(), in.decimal(), in.decimal(), in.decimal(), in.decimal(),
        in.decimal());
  }

  private static void event(SnapshotOut out, TimedEvent timed) throws IOException {
    out.number(timed.at());
    Event event = timed.event();
    out.constant(event.type());
    switch (event.type()) {
      case POSITIVE_ACT -> out.decimal(((Event.PositiveAct) event).magnitude());
      case VIOLATION -> {
        Event.Violation v = (Event.Violation) event;
        out.constant(v.kind());
        out.decimal(v.severity());
        out.flag(v.deceptive());
        out.constant(v.disclosure());
      }
      case RESPONSE -> out.constant(((Event.Response) event).kind());
      case STRESSOR -> {
        Event.Stressor s = (Event.Stressor) event;
        out.constant(s.kind());
        out.decimal(s.intensity());
        out.number(s.weeks());
      }
      case SUPPORT -> {
        Event.Support s = (Event.Support) event;
        out.constant(s.kind());
        out.number(s.weeks());
      }
      case FORGIVE -> { }
    }
  }

  private static TimedEvent event(SnapshotIn in) throws IOException {
    int at = in.number();
    Event event = switch (in.constant(TYPES)) {
      case POSITIVE_ACT -> new Event.PositiveAct(in.decimal());
      case VIOLATION -> new Event.Violation(in.constant(ViolationType.values()), in.decimal(), in.flag(),
          in.constant(Disclosure.values()));
      case RESPONSE -> new Event.Response(in.constant(ResponseKind.values()));
      case STRESSOR -> new Event.Stressor(in.constant(StressorKind.values()), in.decimal(), in.number());
      case SUPPORT -> new Event.Support(in.constant(SupportKind.values()), in.number());
      case FORGIVE -> new Event.Forgive();
    };
    return new TimedEvent(at, event);
  }
}
