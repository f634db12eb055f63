package org.trustatlas.content.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
      o.flag(q.alone());
      o.list(q.choices(), CheckInSnapshot::choice);
    });
  }

  static List<Question> read(SnapshotIn in) throws IOException {
    List<Question> questions = new ArrayList<>();
    for (int n = in.count(); n > 0; n--) {
      String id = in.text();
      Section section = in.constant(Section.values());
      String prompt = in.text();
      Optional<String> help = in.optionalText();
      boolean multiple = in.flag();
      boolean alone = in.flag();
      List<Choice> choices = new ArrayList<>();
      for (int c = in.count(); c > 0; c--) {
        choices.add(choice(in));
      }
      questions.add(new Question(id, section, prompt, help, multiple, alone, choices));
    }
    return questions;
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
    out.flag(c.shared());
  }

  private static Choice choice(SnapshotIn in) throws IOException {
    String id = in.text();
    String label = in.text();
    Map<SafetyFlag, TriState> flags = new EnumMap<>(SafetyFlag.class);
    for (int i = in.number(); i > 0; i--) {
      flags.put(in.constant(FLAGS), in.constant(STATES));
    }
    List<ConceptId> challenges = ids(in);
    List<ConceptId> aggravators = ids(in);
    Optional<ReaderRole> role = in.flag() ? Optional.of(in.constant(ReaderRole.values())) : Optional.empty();
    Optional<Region> region = in.flag() ? Optional.of(new Region(in.text())) : Optional.empty();
        boolean stop = in.flag();
    return new Choice(id, label, flags, challenges, aggravators, role, region, stop, in.flag());
  }

  /** A list of concept ids, as {@code out.list(ids, (o, id) -> o.text(id.value()))} wrote it. */
  static List<ConceptId> ids(SnapshotIn in) throws IOException {
    List<ConceptId> ids = new ArrayList<>();
    for (int n = in.count(); n > 0; n--) {
      ids.add(ConceptId.of(in.text()));
    }
    return ids;
  }
}
