package org.trustatlas.content.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.trustatlas.core.model.ActorRole;
import org.trustatlas.core.model.Aggravator;
import org.trustatlas.core.model.Challenge;
import org.trustatlas.core.model.ChallengeFamily;
import org.trustatlas.core.model.Citations;
import org.trustatlas.core.model.CognitiveState;
import org.trustatlas.core.model.Concept;
import org.trustatlas.core.model.ConceptId;
import org.trustatlas.core.model.ConceptInfo;
import org.trustatlas.core.model.ConceptKind;
import org.trustatlas.core.model.Consequence;
import org.trustatlas.core.model.DevelopmentPractice;
import org.trustatlas.core.model.EmotionalResponse;
import org.trustatlas.core.model.Outcome;
import org.trustatlas.core.model.Phase;
import org.trustatlas.core.model.ReactiveBehavior;
import org.trustatlas.core.model.RebuildingStrategy;
import org.trustatlas.core.model.RecoveryRequirement;
import org.trustatlas.core.model.Resource;
import org.trustatlas.core.internal.Slugs;
import org.trustatlas.core.model.TrustDimension;
import org.trustatlas.core.model.TrustFoundation;
import org.trustatlas.core.model.Valence;

/** Maps a shape-checked concept entry to its core record, reporting what only the kind can tell. */
final class ConceptReader {

  /** A field that only one kind of concept has, and whether that kind must have it. */
  private record KindField(String name, ConceptKind kind, boolean required, Function<ConceptsFile.Entry, Object> value) {}

  private static final List<KindField> KIND_FIELDS = List.of(
      new KindField("family", ConceptKind.CHALLENGE, true, ConceptsFile.Entry::family),
      new KindField("actor", ConceptKind.REBUILDING_STRATEGY, true, ConceptsFile.Entry::actor),
      new KindField("phase", ConceptKind.REBUILDING_STRATEGY, true, ConceptsFile.Entry::phase),
      new KindField("adjunct", ConceptKind.REBUILDING_STRATEGY, false, ConceptsFile.Entry::adjunct),
      new KindField("involvesFault", ConceptKind.REBUILDING_STRATEGY, false, ConceptsFile.Entry::involvesFault),
      new KindField("conjoint", ConceptKind.REBUILDING_STRATEGY, false, ConceptsFile.Entry::conjoint),
      new KindField("valence", ConceptKind.REACTIVE_BEHAVIOR, true, ConceptsFile.Entry::valence),
      new KindField("optional", ConceptKind.OUTCOME, false, ConceptsFile.Entry::optional),
      new KindField("order", ConceptKind.PHASE, true, ConceptsFile.Entry::order),
      new KindField("consentNote", ConceptKind.DEVELOPMENT_PRACTICE, false, ConceptsFile.Entry::consentNote));

  private final CitationReader citations;

  ConceptReader(CitationReader citations) {
    this.citations = citations;
  }

  Optional<Concept> read(Located<ConceptsFile.Entry> located, Problems problems) {
    ConceptsFile.Entry e = located.value();
    ConceptKind kind = Slugs.parse(ConceptKind.class, e.kind()).orElseThrow();
    boolean ok = checkKindFields(located, kind, problems);
    if (!ConceptId.isValid(e.id())) {
      located.report(problems, "id", "concept id '" + e.id() + "' must be lower-kebab-case, such as couples-therapy");
      ok = false;
    }
    if (e.phase() != null && !ConceptId.isValid(e.phase())) {
      located.report(problems, "phase", "phase '" + e.phase() + "' is not a concept id");
      ok = false;
    }
    Optional<Citations> cited =
        citations.read(located.doc(), located.pointer(), "concept '" + e.id() + "'", e.sentences(), e.sources(),
            problems);
    if (!ok || cited.isEmpty()) {
      return Optional.empty();
    }
    try {
      ConceptInfo info = new ConceptInfo(ConceptId.of(e.id()), e.label(), orEmpty(e.aliases()), e.summary(),
          cited.get());
      return Optional.of(build(kind, info, e));
    } catch (IllegalArgumentException invalid) {
      located.report(problems, null, invalid.getMessage());
      return Optional.empty();
    }
  }

  private static Concept build(ConceptKind kind, ConceptInfo info, ConceptsFile.Entry e) {
    return switch (kind) {
      case TRUST_DIMENSION -> new TrustDimension(info);
      case TRUST_FOUNDATION -> new TrustFoundation(info);
      case DEVELOPMENT_PRACTICE -> new DevelopmentPractice(info, Optional.ofNullable(e.consentNote()));
      case CHALLENGE -> new Challenge(info, slug(ChallengeFamily.class, e.family()));
      case AGGRAVATOR -> new Aggravator(info);
      case EMOTIONAL_RESPONSE -> new EmotionalResponse(info);
      case COGNITIVE_STATE -> new CognitiveState(info);
      case REACTIVE_BEHAVIOR -> new ReactiveBehavior(info, slug(Valence.class, e.valence()));
      case CONSEQUENCE -> new Consequence(info);
      case REBUILDING_STRATEGY -> new RebuildingStrategy(info, slug(ActorRole.class, e.actor()),
          ConceptId.of(e.phase()), flag(e.adjunct()), flag(e.involvesFault()), flag(e.conjoint()));
      case RECOVERY_REQUIREMENT -> new RecoveryRequirement(info);
      case OUTCOME -> new Outcome(info, flag(e.optional()));
      case PHASE -> new Phase(info, e.order());
      case RESOURCE -> new Resource(info);
    };
  }

  private static boolean checkKindFields(Located<ConceptsFile.Entry> located, ConceptKind kind, Problems problems) {
    boolean ok = true;
    for (KindField field : KIND_FIELDS) {
      Object value = field.value().apply(located.value());
      if (value != null && field.kind() != kind) {
        located.report(problems, field.name(), "field '" + field.name() + "' applies only to "
            + field.kind().slug() + " concepts, and this is a " + kind.slug());
        ok = false;
      } else if (value == null && field.kind() == kind && field.required()) {
        located.report(problems, null, "a " + kind.slug() + " needs '" + field.name() + "'" + validValues(field.name()));
        ok = false;
      }
    }
    return ok;
  }

  private static String validValues(String field) {
    return switch (field) {
      case "family" -> " (one of " + Slugs.all(ChallengeFamily.class) + ")";
      case "actor" -> " (one of " + Slugs.all(ActorRole.class) + ")";
      case "valence" -> " (one of " + Slugs.all(Valence.class) + ")";
      case "phase" -> " (the id of a phase concept)";
      default -> "";
    };
  }

  private static <E extends Enum<E>> E slug(Class<E> type, String value) {
    return Slugs.parse(type, value).orElseThrow();
  }

  private static boolean flag(Boolean value) {
    return Boolean.TRUE.equals(value);
  }

  static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
