package org.trustatlas.content.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.trustatlas.core.checkin.Choice;
import org.trustatlas.core.checkin.Question;
import org.trustatlas.core.checkin.Section;
import org.trustatlas.core.model.ConceptId;
import org.trustatlas.core.model.ConceptKind;
import org.trustatlas.core.internal.Slugs;
import org.trustatlas.core.repair.ReaderRole;
import org.trustatlas.core.safety.Region;
import org.trustatlas.core.safety.SafetyFlag;
import org.trustatlas.core.safety.TriState;

/**
 * Maps shape-checked {@code checkin.yaml} questions to core questions, checking the challenges and
 * aggravators each answer names against the pack. Whole-list rules (how many questions, safety
 * first) are core's, checked when the check-in is built.
 */
final class CheckInReader {

  private final PackConcepts concepts;
  private final Problems problems;

  CheckInReader(PackConcepts concepts, Problems problems) {
    this.concepts = concepts;
    this.problems = problems;
  }

  /** Every question in file order, or empty when any has a problem (all of which are reported). */
  Optional<List<Question>> read(YamlDocument doc) {
    List<Question> questions = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    boolean ok = true;
    for (Located<CheckInFile.Question> entry : FileShape.entries(doc, "questions", CheckInFile.Question.class,
        problems)) {
      Optional<Question> question = entry.value() == null ? Optional.empty() : question(entry);
      if (question.isPresent() && !ids.add(question.get().id())) {
        entry.report(problems, "id", "duplicate question id '" + question.get().id() + "'");
        question = Optional.empty();
      }
      question.ifPresent(questions::add);
      ok &= question.isPresent();
    }
    return ok ? Optional.of(questions) : Optional.empty();
  }

  private Optional<Question> question(Located<CheckInFile.Question> entry) {
    CheckInFile.Question q = entry.value();
    List<Choice> choices = new ArrayList<>();
    for (int i = 0; i < q.choices().size(); i++) {
      choice(new Located<>(q.choices().get(i), entry.doc(), entry.pointer() + "/choices/" + i)).ifPresent(choices::add);
    }
    if (choices.size() < q.choices().size()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Question(q.id(), slug(Section.class, q.section()), q.prompt(),
          Optional.ofNullable(q.help()), Boolean.TRUE.equals(q.multiple()), Boolean.TRUE.equals(q.alone()), choices));
    } catch (IllegalArgumentException invalid) {
      entry.report(problems, null, invalid.getMessage());
      return Optional.empty();
    }
  }

  private Optional<Choice> choice(Located<CheckInFile.Choice> entry) {
    CheckInFile.Choice c = entry.value();
    Optional<List<ConceptId>> challenges = ids(entry, "challenges", c.challenges(), ConceptKind.CHALLENGE);
    Optional<List<ConceptId>> aggravators = ids(entry, "aggravators", c.aggravators(), ConceptKind.AGGRAVATOR);
    Optional<Optional<Region>> region = region(entry, c.region());
    if (challenges.isEmpty() || aggravators.isEmpty() || region.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Choice(c.id(), c.label(), flags(c.flags()), challenges.get(), aggravators.get(),
          Optional.ofNullable(c.role()).map(r -> slug(ReaderRole.class, r)), region.get(),
          Boolean.TRUE.equals(c.stop()), Boolean.TRUE.equals(c.shared())));
    } catch (IllegalArgumentException invalid) {
      entry.report(problems, null, invalid.getMessage());
      return Optional.empty();
    }
  }

  private Optional<List<ConceptId>> ids(Located<?> entry, String field, List<String> listed, ConceptKind kind) {
    List<String> values = listed == null ? List.of() : listed;
    List<ConceptId> ids = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      String at = entry.pointer() + "/" + field + "/" + i;
      concepts.check(entry.doc(), at, values.get(i), kind, problems).ifPresent(ids::add);
    }
    return ids.size() == values.size() ? Optional.of(ids) : Optional.empty();
  }

  /** Empty when the region is invalid (reported); an empty inner value when the answer sets none. */
  private Optional<Optional<Region>> region(Located<?> entry, String code) {
    if (code == null) {
      return Optional.of(Optional.empty());
    }
    try {
      return Optional.of(Optional.of(new Region(code)));
    } catch (IllegalArgumentException invalid) {
      entry.report(problems, "region", invalid.getMessage());
      return Optional.empty();
    }
  }

  /** Safety flags as a pack file writes them (slugs already checked by the shape), to core's flags. */
  static Map<SafetyFlag, TriState> flags(Map<String, String> flags) {
    Map<SafetyFlag, TriState> read = new EnumMap<>(SafetyFlag.class);
    if (flags != null) {
      flags.forEach((flag, state) -> read.put(slug(SafetyFlag.class, flag), slug(TriState.class, state)));
    }
    return read;
  }

  private static <E extends Enum<E>> E slug(Class<E> type, String value) {
    return Slugs.parse(type, value).orElseThrow();
  }
}
