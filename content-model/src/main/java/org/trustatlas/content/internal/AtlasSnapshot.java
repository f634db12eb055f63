package org.trustatlas.content.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
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
 * A compact binary form of an already validated atlas. The build writes one for the bundled pack,
 * so a command line start reads a few kilobytes with plain {@code java.io} instead of parsing YAML
 * with Jackson: the difference between a CLI that starts like a JVM and one that makes you wait.
 * The atlas's own rules still run on read; a test proves the snapshot equals the YAML pack.
 */
public final class AtlasSnapshot {

  private static final int MAGIC = 0x5441544C; // "TATL"
  private static final int VERSION = 1;

  private AtlasSnapshot() {}

  public static void write(Atlas atlas, DataOutputStream out) throws IOException {
    out.writeInt(MAGIC);
    out.writeInt(VERSION);
    PackInfo pack = atlas.pack();
    strings(out, List.of(pack.id(), pack.version(), pack.language(), pack.title(), pack.description()));
    out.writeUTF(atlas.article().title());
    list(out, atlas.article().sentences(), s -> List.of(s.ref().id(), s.section(), s.text()));
    out.writeInt(atlas.bibliography().size());
    for (SourceRef source : atlas.bibliography()) {
      strings(out, List.of(source.key(), source.title(), source.url().orElse("")));
      strings(out, source.authors());
      out.writeInt(source.year());
    }
    out.writeInt(atlas.size());
    for (Concept concept : atlas.concepts()) {
      concept(out, concept);
    }
    out.writeInt(atlas.relations().size());
    for (Relation relation : atlas.relations()) {
      strings(out, List.of(relation.kind().name(), relation.from().value(), relation.to().value()));
      citations(out, relation.citations());
    }
  }

  private static void concept(DataOutputStream out, Concept c) throws IOException {
    strings(out, List.of(c.kind().name(), c.id().value(), c.label(), c.summary()));
    strings(out, c.aliases());
    citations(out, c.citations());
    switch (c.kind()) {
      case CHALLENGE -> out.writeUTF(((Challenge) c).family().name());
      case REACTIVE_BEHAVIOR -> out.writeUTF(((ReactiveBehavior) c).valence().name());
      case OUTCOME -> out.writeBoolean(((Outcome) c).optional());
      case PHASE -> out.writeInt(((Phase) c).order());
      case DEVELOPMENT_PRACTICE -> out.writeUTF(((DevelopmentPractice) c).consentNote().orElse(""));
      case REBUILDING_STRATEGY -> {
        RebuildingStrategy s = (RebuildingStrategy) c;
        strings(out, List.of(s.actor().name(), s.phase().value()));
        out.writeBoolean(s.adjunct());
        out.writeBoolean(s.involvesFault());
        out.writeBoolean(s.conjoint());
      }
      case TRUST_DIMENSION, TRUST_FOUNDATION, AGGRAVATOR, EMOTIONAL_RESPONSE, COGNITIVE_STATE, CONSEQUENCE,
          RECOVERY_REQUIREMENT, RESOURCE -> { }
    }
  }

  public static Atlas read(DataInputStream in) throws IOException {
    if (in.readInt() != MAGIC || in.readInt() != VERSION) {
      throw new IOException("not a Trust Atlas snapshot of version " + VERSION);
    }
    List<String> p = strings(in);
    PackInfo pack = new PackInfo(p.get(0), p.get(1), p.get(2), p.get(3), p.get(4));
    String title = in.readUTF();
    List<Sentence> sentences = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      List<String> s = strings(in);
      sentences.add(new Sentence(SentenceRef.of(s.get(0)), s.get(1), s.get(2)));
    }
    Map<String, SourceRef> bibliography = new java.util.LinkedHashMap<>();
    for (int i = in.readInt(); i > 0; i--) {
      List<String> s = strings(in);
      SourceRef source = new SourceRef(s.get(0), s.get(1), strings(in), in.readInt(),
          s.get(2).isEmpty() ? Optional.empty() : Optional.of(s.get(2)));
      bibliography.put(source.key(), source);
    }
    List<Concept> concepts = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      concepts.add(concept(in, bibliography));
    }
    List<Relation> relations = new ArrayList<>();
    for (int i = in.readInt(); i > 0; i--) {
      List<String> r = strings(in);
      relations.add(new Relation(RelationKind.valueOf(r.get(0)), ConceptId.of(r.get(1)), ConceptId.of(r.get(2)),
          citations(in, bibliography)));
    }
    return Atlas.of(pack, Article.of(title, sentences), bibliography.values(), concepts, relations);
  }

  private static Concept concept(DataInputStream in, Map<String, SourceRef> bibliography) throws IOException {
    List<String> c = strings(in);
    ConceptKind kind = ConceptKind.valueOf(c.get(0));
    ConceptInfo info = new ConceptInfo(ConceptId.of(c.get(1)), c.get(2), strings(in), c.get(3),
        citations(in, bibliography));
    return switch (kind) {
      case TRUST_DIMENSION -> new TrustDimension(info);
      case TRUST_FOUNDATION -> new TrustFoundation(info);
      case DEVELOPMENT_PRACTICE -> new DevelopmentPractice(info, Optional.of(in.readUTF()));
      case CHALLENGE -> new Challenge(info, ChallengeFamily.valueOf(in.readUTF()));
      case AGGRAVATOR -> new Aggravator(info);
      case EMOTIONAL_RESPONSE -> new EmotionalResponse(info);
      case COGNITIVE_STATE -> new CognitiveState(info);
      case REACTIVE_BEHAVIOR -> new ReactiveBehavior(info, Valence.valueOf(in.readUTF()));
      case CONSEQUENCE -> new Consequence(info);
      case REBUILDING_STRATEGY -> {
        List<String> s = strings(in);
        yield new RebuildingStrategy(info, ActorRole.valueOf(s.get(0)), ConceptId.of(s.get(1)), in.readBoolean(),
            in.readBoolean(), in.readBoolean());
      }
      case RECOVERY_REQUIREMENT -> new RecoveryRequirement(info);
      case OUTCOME -> new Outcome(info, in.readBoolean());
      case PHASE -> new Phase(info, in.readInt());
      case RESOURCE -> new Resource(info);
    };
  }

  private static void citations(DataOutputStream out, Citations citations) throws IOException {
    strings(out, citations.sentences().stream().map(SentenceRef::id).toList());
    strings(out, citations.sources().stream().map(SourceRef::key).toList());
  }

  // Plain loops rather than streams: this runs once per concept and relation on every CLI start,
  // where each stream pipeline's first use costs class loading and lambda linkage.
  private static Citations citations(DataInputStream in, Map<String, SourceRef> bibliography) throws IOException {
    List<String> ids = strings(in);
    List<SentenceRef> sentences = new ArrayList<>(ids.size());
    for (String id : ids) {
      sentences.add(SentenceRef.of(id));
    }
    List<String> keys = strings(in);
    List<SourceRef> sources = new ArrayList<>(keys.size());
    for (String key : keys) {
      sources.add(bibliography.get(key));
    }
    return Citations.of(sentences, sources);
  }

  private static <T> void list(DataOutputStream out, List<T> items, Function<T, List<String>> fields)
      throws IOException {
    out.writeInt(items.size());
    for (T item : items) {
      strings(out, fields.apply(item));
    }
  }

  private static void strings(DataOutputStream out, List<String> values) throws IOException {
    out.writeInt(values.size());
    for (String value : values) {
      out.writeUTF(value);
    }
  }

  private static List<String> strings(DataInputStream in) throws IOException {
    int size = in.readInt();
    List<String> values = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      values.add(in.readUTF());
    }
    return values;
  }
}
