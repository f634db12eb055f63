package org.trustatlas.content.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.trustatlas.content.danger.DangerVocabulary;
import org.trustatlas.content.read.Wording;
import org.trustatlas.core.checkin.Choice;
import org.trustatlas.core.checkin.Question;
import org.trustatlas.core.internal.Lazy;
import org.trustatlas.core.model.Atlas;
import org.trustatlas.core.model.ConceptId;
import org.trustatlas.core.model.ConceptKind;
import org.trustatlas.core.model.SourceRef;
import org.trustatlas.core.safety.ResourceDirectory;
import org.trustatlas.core.safety.SafetyGate;
import org.trustatlas.core.safety.SafetyRule;

/**
 * Reads a pack's guidance files, then joins them with its atlas into {@link GuidanceContent}. Files
 * are read before the atlas exists, so their problems are reported with the rest of the pack's.
 */
final class GuidanceReader {

  /** For the bundled pack, which has every guidance file and nothing to inherit from. */
  static final Supplier<GuidanceContent> NOTHING_TO_INHERIT = () -> {
    throw new IllegalStateException("the bundled pack must ship safety-rules.yaml, resources.yaml, checkin.yaml, "
        + "danger.yaml and wording.yaml");
  };

  private final Map<String, SourceRef> bibliography;
  private final PackConcepts concepts;
  private final Problems problems;
  private Optional<List<SafetyRule>> rules = Optional.empty();
  private Optional<ResourceDirectory> directory = Optional.empty();
  private Optional<List<Question>> questions = Optional.empty();
  private Optional<YamlDocument> checkInDoc = Optional.empty();
  private Optional<DangerVocabulary> danger = Optional.empty();
  private Optional<Wording> wording = Optional.empty();

  GuidanceReader(Map<String, SourceRef> bibliography, PackConcepts concepts, Problems problems) {
    this.bibliography = bibliography;
    this.concepts = concepts;
    this.problems = problems;
  }

  /** Reads the files {@code files} opens; a file it does not find is left to be inherited. */
  void read(Function<String, Optional<YamlDocument>> files) {
    rules = files.apply(GuidanceContent.RULES).flatMap(new RuleReader(bibliography, concepts, problems)::read);
    directory = files.apply(GuidanceContent.RESOURCES).flatMap(new ResourceReader(problems)::read);
    checkInDoc = files.apply(GuidanceContent.CHECKIN);
    questions = checkInDoc.flatMap(new CheckInReader(concepts, problems)::read);
    danger = files.apply(GuidanceContent.DANGER).flatMap(new DangerReader(bibliography, concepts, problems)::read);
    wording = files.apply(GuidanceContent.WORDING).flatMap(new WordingReader(problems)::read);
  }

  /**
   * The guidance for {@code atlas}, once every file read without a problem: a file the pack left
   * out comes from {@code inherited}. Empty when the check-in breaks a whole-list rule (reported).
   */
  Optional<GuidanceContent> assemble(Atlas atlas, Supplier<GuidanceContent> inherited) {
    SafetyGate gate = rules.map(SafetyGate::of).orElseGet(() -> inherited.get().gate());
    ResourceDirectory resources = directory.orElseGet(() -> inherited.get().directory());
    List<Question> asked = questions.orElseGet(() -> adapt(inherited.get().checkIn().questions()));
    // An inherited vocabulary shows only the concepts this pack has; its numbers and services stay.
    DangerVocabulary vocabulary = danger.orElseGet(() -> inherited.get().danger().keepingConcepts(concepts::has));
    Wording words = wording.orElseGet(() -> inherited.get().wording());
    try {
      return Optional.of(GuidanceContent.of(atlas, gate, resources, asked, Lazy.ready(vocabulary), words));
    } catch (IllegalArgumentException invalid) {
      YamlDocument doc = checkInDoc.orElseThrow(
          () -> new IllegalStateException("the inherited check-in is invalid", invalid));
      doc.report(problems, "/questions", invalid.getMessage());
      return Optional.empty();
    }
  }

  // An inherited check-in keeps every question, flag, role and stop, but names only the challenges
  // and aggravators this pack has: a danger answer must reach resources, never an unknown-id error.
  private List<Question> adapt(List<Question> inherited) {
    return inherited.stream().map(q -> new Question(q.id(), q.section(), q.prompt(), q.help(), q.multiple(), q.alone(),
        q.choices().stream().map(this::adapt).toList())).toList();
  }

  private Choice adapt(Choice c) {
    return new Choice(c.id(), c.label(), c.flags(), known(c.challenges(), ConceptKind.CHALLENGE),
        known(c.aggravators(), ConceptKind.AGGRAVATOR), c.role(), c.region(), c.stop(), c.shared());
  }

  private List<ConceptId> known(List<ConceptId> ids, ConceptKind kind) {
    return ids.stream().filter(id -> concepts.has(id, kind)).toList();
  }
}
