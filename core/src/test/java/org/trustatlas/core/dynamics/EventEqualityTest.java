package org.trustatlas.core.dynamics;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EventEqualityTest {

  @Test
  void eventsAreEqualExactlyWhenEveryComponentIsAndEqualEventsHashAlike() throws ReflectiveOperationException {
    SplittableRandom random = new SplittableRandom(3);
    List<Event> events = new ArrayList<>();
    // Few values per component, so that equal events and near misses both occur often.
    for (int n = 0; n < 400; n++) {
      double size = 0.25 * (1 + random.nextInt(4));
      events.add(switch (random.nextInt(6)) {
        case 0 -> Event.positiveAct(size);
        case 1 -> new Event.Violation(ViolationType.values()[random.nextInt(ViolationType.values().length)], size,
            random.nextBoolean(), Disclosure.values()[random.nextInt(Disclosure.values().length)]);
        case 2 -> Event.response(ResponseKind.values()[random.nextInt(ResponseKind.values().length)]);
        case 3 -> new Event.Stressor(StressorKind.CHRONIC, size, 1 + random.nextInt(2));
        case 4 -> new Event.Support(SupportKind.values()[random.nextInt(SupportKind.values().length)],
            1 + random.nextInt(2));
        default -> Event.forgive();
      });
    }
    for (Event a : events) {
      for (Event b : events) {
        boolean same = sameComponents(a, b);
        assertThat(a.equals(b)).as("%s and %s", a, b).isEqualTo(same);
        if (same) {
          assertThat(a.hashCode()).as("%s and %s", a, b).isEqualTo(b.hashCode());
        }
      }
      assertThat(a.equals(null)).isFalse();
    }
  }

  // What a record's generated equals compares: the same record class, every component equal.
  private static boolean sameComponents(Event a, Event b) throws ReflectiveOperationException {
    if (a.getClass() != b.getClass()) {
      return false;
    }
    for (RecordComponent component : a.getClass().getRecordComponents()) {
      if (!Objects.equals(component.getAccessor().invoke(a), component.getAccessor().invoke(b))) {
        return false;
      }
    }
    return true;
  }
}
