package org.trustatlas.content.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trustatlas.core.model.ActorRole;
import org.trustatlas.core.model.Aggravator;
import org.trustatlas.core.model.Article;
import org.trustatlas.core.model.Atlas;
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
import org.trustatlas.core.model.PackInfo;
import org.trustatlas.core.model.Phase;
import org.trustatlas.core.model.ReactiveBehavior;
import org.trustatlas.core.model.RebuildingStrategy;
import org.trustatlas.core.model.RecoveryRequirement;
import org.trustatlas.core.model.Relation;
import org.trustatlas.core.model.RelationKind;
import org.trustatlas.core.model.Resource;
import org.trustatlas.core.model.Sentence;
import org.trustatlas.core.model.SentenceRef;
import org.trustatlas.core.model.SourceRef;
import org.trustatlas.core.model.TrustDimension;
import org.trustatlas.core.model.TrustFoundation;
import org.trustatlas.core.model.Valence;

/**
 * The snapshot part for the concept graph: pack info, article, bibliography, concepts and relations.
 * The atlas's own rules still run on read. A new concept field is written in {@link #concept} and
 * read in {@link #concept(SnapshotIn, Map)}; {@code PackSnapshotTest} fails until both are there.
 */
public final class AtlasSnapshot {

  static final String PART = "atlas";

  private static final ConceptKind[] KINDS = ConceptKind.values();
  private static final RelationKind[] RELATION_KINDS = RelationKind.values();

  private AtlasSnapshot() {}

  public static void write(Atlas atlas, SnapshotOut out) throws IOException {
    PackInfo pack = atlas.pack();
    out.texts(List.of(pack.id(), pack.version(), pack.language(), pack.title(), pack.description()));
    out.text(atlas.article().title());
    out.list(atlas.article().sentences(), (o, s) -> o.texts(List.of(s.ref().id(), s.section(), s.text())));
    out.list(List.copyOf(atlas.bibliography()), AtlasSnapshot::source);
    out.list(List.copyOf(atlas.concepts()), AtlasSnapshot::concept);
    out.list(atlas.relations(), (o, relation) -> {
      o.constant(relation.kind());
      o.text(relation.from().value());
      o.text(relation.to().value());
      citations(o, relation.citations());
    });
    out.end(PART);
  }

  public static Atlas read(SnapshotIn in) throws IOException {
    List<String> p = in.texts();
    PackInfo pack = new PackInfo(p.get(0), p.get(1), p.get(2), p.get(3), p.get(4));
    String title = in.text();
    // Plain loops rather than lambdas here and in every part's reader: this runs on every start.
    List<Sentence> sentences = new ArrayList<>();
    for (int n = in.count(); n > 0; n--) {
      List<String> s = in.texts();
      sentences.add(new Sentence(SentenceRef.of(s.get(0)), s.get(1), s.get(2)));
    }
    Map<String, SourceRef> bibliography = new LinkedHashMap<>();
    for (int n = in.count(); n > 0; n--) {
      SourceRef source = source(in);
      bibliography.put(source.key(), source);
    }
    List<Concept> concepts = new ArrayList<>();
    for (int n = in.count(); n > 0; n--) {
      concepts.add(concept(in, bibliography));
    }
    List<Relation> relations = new ArrayList<>();
    for (int n = in.count(); n > 0; n--) {
      relations.add(new Relation(in.constant(RELATION_KINDS), ConceptId.of(in.text()), ConceptId.of(in.text()),
          citations(in, bibliography)));
    }
    in.end(PART);
    return Atlas.of(pack, Article.of(title, sentences), bibliography.values(), concepts, relations);
  }

  private static void source(SnapshotOut out, SourceRef source) throws IOException {
    out.text(source.key());
    out.text(source.title());
    out.texts(source.authors());
    out.number(source.year());
    out.optionalText(source.url());
  }

  private static SourceRef source(SnapshotIn in) throws IOException {
    return new SourceRef(in.text(), in.text(), in.texts(), in.number(), in.optionalText());
  }

  private static void concept(SnapshotOut out, Concept c) throws IOException {
    out.constant(c.kind());
    out.text(c.id().value());
    out.text(c.label());
    out.texts(c.aliases());
    out.text(c.summary());
    citations(out, c.citations());
    switch (c.kind()) {
      case CHALLENGE -> out.constant(((Challenge) c).family());
      case REACTIVE_BEHAVIOR -> out.constant(((ReactiveBehavior) c).valence());
      case OUTCOME -> out.flag(((Outcome) c).optional());
      case PHASE -> out.number(((Phase) c).order());
      case DEVELOPMENT_PRACTICE -> out.optionalText(((DevelopmentPractice) c).consentNote());
      case REBUILDING_STRATEGY -> {
        RebuildingStrategy s = (RebuildingStrategy) c;
        out.constant(s.actor());
        out.text(s.phase().value());
        out.flag(s.adjunct());
        out.flag(s.involvesFault());
        out.flag(s.conjoint());
      }
      case TRUST_DIMENSION, TRUST_FOUNDATION, AGGRAVATOR, EMOTIONAL_RESPONSE, COGNITIVE_STATE, CONSEQUENCE,
          RECOVERY_REQUIREMENT, RESOURCE -> { }
    }
  }

  private static Concept concept(SnapshotIn in, Map<String, SourceRef> bibliography) throws IOException {
    ConceptKind kind = in.constant(KINDS);
    ConceptInfo info = new ConceptInfo(ConceptId.of(in.text()), in.text(), in.texts(), in.text(),
        citations(in, bibliography));
    return switch (kind) {
      case TRUST_DIMENSION -> new TrustDimension(info);
      case TRUST_FOUNDATION -> new TrustFoundation(info);
      case DEVELOPMENT_PRACTICE -> new DevelopmentPractice(info, in.optionalText());
      case CHALLENGE -> new Challenge(info, in.constant(ChallengeFamily.values()));
      case AGGRAVATOR -> new Aggravator(info);
      case EMOTIONAL_RESPONSE -> new EmotionalResponse(info);
      case COGNITIVE_STATE -> new CognitiveState(info);
      case REACTIVE_BEHAVIOR -> new ReactiveBehavior(info, in.constant(Valence.values()));
      case CONSEQUENCE -> new Consequence(info);
      case REBUILDING_STRATEGY -> new RebuildingStrategy(info, in.constant(ActorRole.values()), ConceptId.of(in.text()),
          in.flag(), in.flag(), in.flag());
      case RECOVERY_REQUIREMENT -> new RecoveryRequirement(info);
      case OUTCOME -> new Outcome(info, in.flag());
      case PHASE -> new Phase(info, in.number());
      case RESOURCE -> new Resource(info);
    };
  }

  static void citations(SnapshotOut out, Citations citations) throws IOException {
    out.list(citations.sentences(), (o, ref) -> o.text(ref.id()));
    out.list(citations.sources(), (o, source) -> o.text(source.key()));
  }

  // Plain loops rather than streams: this runs once per concept and relation on every start.
  static Citations citations(SnapshotIn in, Map<String, SourceRef> bibliography) throws IOException {
    List<String> ids = in.texts();
    List<SentenceRef> sentences = new ArrayList<>(ids.size());
    for (String id : ids) {
      sentences.add(SentenceRef.of(id));
    }
    List<String> keys = in.texts();
    List<SourceRef> sources = new ArrayList<>(keys.size());
    for (String key : keys) {
      SourceRef source = bibliography.get(key);
      if (source == null) {
        throw new IOException("the atlas snapshot cites source '" + key + "', which its bibliography lacks");
      }
      sources.add(source);
    }
    return Citations.of(sentences, sources);
  }
}
