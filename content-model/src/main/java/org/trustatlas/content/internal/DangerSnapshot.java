package org.trustatlas.content.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trustatlas.content.danger.DangerAudience;
import org.trustatlas.content.danger.DangerCategory;
import org.trustatlas.content.danger.DangerVocabulary;
import org.trustatlas.core.model.ConceptId;
import org.trustatlas.core.safety.AudienceTag;
import org.trustatlas.core.safety.SafetyFlag;
import org.trustatlas.core.safety.ServiceType;
import org.trustatlas.core.safety.TriState;

/**
 * The snapshot part for the danger vocabulary: spellings and word groups in pack order, the reader
 * groups' phrases, each category with its phrases, exceptions, concepts shown first and after,
 * flags, services, message, rationale and sources, and then every phrase as the build expanded it
 * into stemmed forms ({@link DangerVocabulary#expandedForms}): a run reads those back instead of
 * stemming the phrases again, and stems only a reader's words, with {@link DangerReader}'s stemmer.
 */
final class DangerSnapshot {

  static final String PART = "danger";

  private static final SafetyFlag[] FLAGS = SafetyFlag.values();
  private static final TriState[] STATES = TriState.values();
  private static final ServiceType[] SERVICES = ServiceType.values();
  private static final DangerAudience[] DANGER_AUDIENCES = DangerAudience.values();
  private static final AudienceTag[] AUDIENCES = AudienceTag.values();

  private DangerSnapshot() {}

  static void write(DangerVocabulary vocabulary, SnapshotOut out) throws IOException {
    out.list(List.copyOf(vocabulary.spellings().entrySet()), (o, spelling) -> {
      o.text(spelling.getKey());
      o.text(spelling.getValue());
    });
    out.list(List.copyOf(vocabulary.groups().entrySet()), (o, group) -> {
      o.text(group.getKey());
      o.texts(group.getValue());
    });
    out.list(List.copyOf(vocabulary.readers().entrySet()), (o, group) -> {
      o.constant(group.getKey());
      o.texts(group.getValue());
    });
    out.list(vocabulary.categories(), DangerSnapshot::category);
    out.bytes(vocabulary.expandedForms());
    out.end(PART);
  }

  static DangerVocabulary read(SnapshotIn in) throws IOException {
    Map<String, String> spellings = new LinkedHashMap<>();
    for (int n = in.count(); n > 0; n--) {
      spellings.put(in.text(), in.text());
    }
    Map<String, List<String>> groups = new LinkedHashMap<>();
    for (int n = in.count(); n > 0; n--) {
      groups.put(in.text(), in.texts());
    }
    Map<AudienceTag, List<String>> readers = new EnumMap<>(AudienceTag.class);
    for (int n = in.count(); n > 0; n--) {
      readers.put(in.constant(AUDIENCES), in.texts());
    }
    List<DangerCategory> categories = new ArrayList<>();
    for (int n = in.count(); n > 0; n--) {
      categories.add(category(in));
    }
    byte[] forms = in.bytes();
    in.end(PART);
    return DangerVocabulary.ofExpanded(categories, spellings, groups, readers, DangerReader.STEMMER, forms);
  }

  private static void category(SnapshotOut out, DangerCategory c) throws IOException {
    out.text(c.id());
    out.text(c.label());
    out.texts(c.phrases());
    out.texts(c.except());
    out.texts(c.unless());
    out.list(c.concepts(), (o, id) -> o.text(id.value()));
    out.list(c.then(), (o, id) -> o.text(id.value()));
    out.list(List.copyOf(c.flags().entrySet()), (o, flag) -> {
      o.constant(flag.getKey());
      o.constant(flag.getValue());
    });
    out.constants(c.services());
    out.optionalText(c.message());
    out.text(c.rationale());
    out.texts(c.sources());
    out.texts(c.replaces());
    out.constant(c.audience());
  }

  private static DangerCategory category(SnapshotIn in) throws IOException {
    String id = in.text();
    String label = in.text();
    List<String> phrases = in.texts();
    List<String> except = in.texts();
    List<String> unless = in.texts();
    List<ConceptId> concepts = CheckInSnapshot.ids(in);
    List<ConceptId> then = CheckInSnapshot.ids(in);
    Map<SafetyFlag, TriState> flags = new EnumMap<>(SafetyFlag.class);
    for (int n = in.count(); n > 0; n--) {
      flags.put(in.constant(FLAGS), in.constant(STATES));
    }
    List<ServiceType> services = in.constants(SERVICES);
    Optional<String> message = in.optionalText();
    String rationale = in.text();
    List<String> sources = in.texts();
    List<String> replaces = in.texts();
    return new DangerCategory(id, label, phrases, except, unless, concepts, then, flags, services, message, rationale,
        sources, replaces, in.constant(DANGER_AUDIENCES));
  }
}
