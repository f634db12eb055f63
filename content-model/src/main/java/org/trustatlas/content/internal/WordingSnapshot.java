package org.trustatlas.content.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.trustatlas.content.read.PlanSection;
import org.trustatlas.content.read.Wording;
import org.trustatlas.core.repair.ReaderRole;
import org.trustatlas.core.safety.SafetyFlag;
import org.trustatlas.core.safety.ServiceType;

/** The snapshot part for the reader wording: roles and questions in their order, then services, headings, regions. */
final class WordingSnapshot {

  private WordingSnapshot() {}

  static void write(Wording wording, SnapshotOut out) throws IOException {
    out.list(wording.roles(), (o, r) -> {
      o.constant(r.role());
      o.text(r.choice());
      o.text(r.name());
    });
    out.list(wording.questions(), (o, q) -> {
      o.constant(q.flag());
      o.text(q.question());
      o.text(q.name());
    });
    // Written in declaration order, so equal wordings give equal snapshots.
    out.list(List.of(ServiceType.values()), (o, type) -> {
      o.text(wording.name(type));
      o.text(wording.heading(type));
    });
    out.list(List.of(PlanSection.values()), (o, section) -> o.text(wording.heading(section)));
    out.text(wording.international());
    out.text(wording.unplaced());
  }

  // Plain loops, as the other parts read theirs: a lambda's first call costs linking it.
  static Wording read(SnapshotIn in) throws IOException {
    List<Wording.RoleWords> roles = new ArrayList<>();
    for (int n = in.count(); n > 0; n--) {
      roles.add(new Wording.RoleWords(in.constant(ReaderRole.values()), in.text(), in.text()));
    }
    List<Wording.Question> questions = new ArrayList<>();
    for (int n = in.count(); n > 0; n--) {
      questions.add(new Wording.Question(in.constant(SafetyFlag.values()), in.text(), in.text()));
    }
    Map<ServiceType, Wording.ServiceWords> services = new EnumMap<>(ServiceType.class);
    ServiceType[] types = ServiceType.values();
    for (int t = 0, n = in.count(); t < n; t++) {
      services.put(types[t], new Wording.ServiceWords(types[t], in.text(), in.text()));
    }
    Map<PlanSection, String> headings = new EnumMap<>(PlanSection.class);
    PlanSection[] sections = PlanSection.values();
    for (int s = 0, n = in.count(); s < n; s++) {
      headings.put(sections[s], in.text());
    }
    return new Wording(roles, questions, services, headings, in.text(), in.text());
  }
}
