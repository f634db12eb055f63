package org.trustatlas.content.internal;

import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.trustatlas.core.checkin.Choice;
import org.trustatlas.core.checkin.Question;
import org.trustatlas.core.checkin.Section;
import org.trustatlas.core.model.ConceptId;
import org.trustatlas.core.repair.ReaderRole;
import org.trustatlas.core.safety.Region;
import org.trustatlas.core.safety.SafetyFlag;
import org.trustatlas.core.safety.TriState;

/** The snapshot part for the check-in's questions and what each choice means. */
final class CheckInSnapshot {

  private static final SafetyFlag[] FLAGS = SafetyFlag.values();
  private static final TriState[] STATES = TriState.values();

  private CheckInSnapshot() {}

  static void write(List<Question> questions, SnapshotOut out) throws IOException {
    out.list(questions, (o, q) -> {
      o.text(q.id());
      o.constant(q.section());
      o.text(q.prompt());
      o.optionalText(q.help());
      o.flag(q.multiple());
      o.list(q.choices(), CheckInSnapshot::choice);
    });
  }

  static List<Question> read(SnapshotIn in) throws IOException {
    return in.list(i -> new Question(i.text(), i.constant(Section.values()), i.text(), i.optionalText(), i.flag(),
        i.list(CheckInSnapshot::choice)));
  }

  private static void choice(SnapshotOut out, Choice c) throws IOException {
    out.text(c.id());
    out.text(c.label());
    out.list(List.copyOf(c.flags().entrySet()), (o, flag) -> {
      o.constant(flag.getKey());
      o.constant(flag.getValue());
    });
    out.list(c.challenges(), (o, id) -> o.text(id.value()));
    out.list(c.aggravators(), (o, id) -> o.text(id.value()));
    out.optional(c.role(), SnapshotOut::constant);
    out.optional(c.region(), (o, region) -> o.text(region.code()));
    out.flag(c.stop());
  }

  private static Choice choice(SnapshotIn in) throws IOException {
    String id = in.text();
    String label = in.text();
    Map<SafetyFlag, TriState> flags = new EnumMap<>(SafetyFlag.class);
    for (int i = in.number(); i > 0; i--) {
      flags.put(in.constant(FLAGS), in.constant(STATES));
    }
    return new Choice(id, label, flags, in.list(CheckInSnapshot::id), in.list(CheckInSnapshot::id),
        in.optional(i -> i.constant(ReaderRole.values())), in.optional(i -> new Region(i.text())), in.flag());
  }

  private static ConceptId id(SnapshotIn in) throws IOException {
    return ConceptId.of(in.text());
  }
}
