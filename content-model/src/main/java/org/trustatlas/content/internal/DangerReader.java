package org.trustatlas.content.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.trustatlas.content.danger.DangerAudience;
import org.trustatlas.content.danger.DangerCategory;
import org.trustatlas.content.danger.DangerVocabulary;
import org.trustatlas.content.search.Stems;
import org.trustatlas.core.model.ConceptId;
import org.trustatlas.core.internal.Slugs;
import org.trustatlas.core.model.SourceRef;
import org.trustatlas.core.internal.Suggestions;
import org.trustatlas.core.safety.AudienceTag;
import org.trustatlas.core.safety.ServiceType;
import tools.jackson.databind.JsonNode;

/** Maps shape-checked {@code danger.yaml} to a {@link DangerVocabulary}, reporting each problem in place. */
final class DangerReader {

  static final String SPELLINGS = "spellings";
  static final String GROUPS = "groups";
  static final String READERS = "readers";
  static final String CATEGORIES = "categories";
  /**
   * Search's stemmer, one instance shared with {@link DangerSnapshot}: a vocabulary read from YAML
   * and one read from the snapshot hold the very same function.
   */
  static final UnaryOperator<List<String>> STEMMER = Stems::of;

  private final Map<String, SourceRef> bibliography;
  private final PackConcepts concepts;
  private final Problems problems;

  DangerReader(Map<String, SourceRef> bibliography, PackConcepts concepts, Problems problems) {
    this.bibliography = bibliography;
    this.concepts = concepts;
    this.problems = problems;
  }

  /** The vocabulary, or empty when anything in the file has a problem (all of which are reported). */
  Optional<DangerVocabulary> read(YamlDocument doc) {
    if (!FileShape.fileFields(doc, List.of(SPELLINGS, GROUPS, READERS, CATEGORIES), problems)) {
      return Optional.empty();
    }
    Optional<Map<String, String>> spellings = spellings(doc);
    Optional<Map<String, List<String>>> groups = groups(doc);
    Optional<Map<AudienceTag, List<String>>> readers = readers(doc);
    List<DangerCategory> categories = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    boolean ok = spellings.isPresent() && groups.isPresent() && readers.isPresent();
    for (Located<DangerFile.Category> entry : FileShape.list(doc, CATEGORIES, DangerFile.Category.class, problems)) {
      Optional<DangerCategory> category = entry.value() == null ? Optional.empty() : category(entry);
      if (category.isPresent() && !ids.add(category.get().id())) {
        entry.report(problems, "id", "duplicate danger category id '" + category.get().id() + "'");
        category = Optional.empty();
      }
      category.ifPresent(categories::add);
      ok &= category.isPresent();
    }
    if (!ok) {
      return Optional.empty();
    }
    try {
      return Optional.of(DangerVocabulary.of(categories, spellings.get(), groups.get(), readers.get(), STEMMER));
    } catch (IllegalArgumentException invalid) {
      doc.report(problems, where(categories, spellings.get().keySet(), invalid.getMessage()), invalid.getMessage());
      return Optional.empty();
    }
  }

  // The vocabulary names the phrase at fault; point at it in the file when it can be found.
  private static String where(List<DangerCategory> categories, Set<String> spellings, String message) {
    for (String written : spellings) {
      if (message.startsWith("spelling '" + written + "'")) {
        return "/" + SPELLINGS + "/" + written;
      }
    }
    for (int i = 0; i < categories.size(); i++) {
      DangerCategory category = categories.get(i);
      for (int j = 0; j < category.replaces().size(); j++) {
        if (message.startsWith("danger category '" + category.id() + "' replaces '" + category.replaces().get(j) + "'")) {
          return "/" + CATEGORIES + "/" + i + "/replaces/" + j;
        }
      }
      // Each list of phrases under its key in the file.
      for (Map.Entry<String, List<String>> listed : List.of(Map.entry("phrases", category.phrases()),
          Map.entry("except", category.except()), Map.entry("unless", category.unless()))) {
        for (int j = 0; j < listed.getValue().size(); j++) {
          if (message.startsWith("phrase '" + listed.getValue().get(j) + "' of danger category '" + category.id())) {
            return "/" + CATEGORIES + "/" + i + "/" + listed.getKey() + "/" + j;
          }
        }
      }
    }
    return message.startsWith("reader phrase") ? "/" + READERS : message.startsWith("group") ? "/" + GROUPS : message.startsWith("spelling") ? "/" + SPELLINGS
        : "/" + CATEGORIES;
  }

  private Optional<Map<String, String>> spellings(YamlDocument doc) {
    JsonNode node = doc.root().get(SPELLINGS);
    Map<String, String> spellings = new LinkedHashMap<>();
    if (node == null || node.isNull()) {
      return Optional.of(spellings);
    }
    if (!node.isObject()) {
      doc.report(problems, "/" + SPELLINGS, "expected a mapping of what a reader writes to the words it stands for, "
          + "such as kil: kill; found " + Shape.describe(node));
      return Optional.empty();
    }
    boolean ok = true;
    for (String written : node.propertyNames()) {
      JsonNode meant = node.get(written);
      if (meant == null || !meant.isString() || meant.asString().isBlank()) {
        doc.report(problems, "/" + SPELLINGS + "/" + written, "spelling '" + written + "' must map to the words it "
            + "stands for, such as kil: kill; found " + (meant == null ? "nothing" : Shape.describe(meant)));
        ok = false;
      } else {
        spellings.put(written, meant.asString());
      }
    }
    return ok ? Optional.of(spellings) : Optional.empty();
  }

  private Optional<Map<String, List<String>>> groups(YamlDocument doc) {
    JsonNode node = doc.root().get(GROUPS);
    Map<String, List<String>> groups = new LinkedHashMap<>();
    if (node == null || node.isNull()) {
      return Optional.of(groups);
    }
    if (!node.isObject()) {
      doc.report(problems, "/" + GROUPS, "expected a mapping of group names to lists of words, such as hits: [hit, "
          + "punch, slap]; found " + Shape.describe(node));
      return Optional.empty();
    }
    boolean ok = true;
    for (String name : node.propertyNames()) {
      JsonNode words = node.get(name);
      List<String> read = new ArrayList<>();
      if (words != null && words.isArray()) {
        words.valueStream().filter(JsonNode::isString).forEach(w -> read.add(w.asString()));
      }
      if (read.isEmpty() || read.size() != words.size()) {
        doc.report(problems, "/" + GROUPS + "/" + name, "group '" + name + "' must list words, such as [hit, punch, "
            + "slap]; found " + (words == null ? "nothing" : Shape.describe(words)));
        ok = false;
      } else {
        groups.put(name, read);
      }
    }
    return ok ? Optional.of(groups) : Optional.empty();
  }

  private Optional<Map<AudienceTag, List<String>>> readers(YamlDocument doc) {
    JsonNode node = doc.root().get(READERS);
    Map<AudienceTag, List<String>> readers = new EnumMap<>(AudienceTag.class);
    if (node == null || node.isNull()) {
      return Optional.of(readers);
    }
    if (!node.isObject()) {
      doc.report(problems, "/" + READERS, "expected a mapping of groups to phrases, such as men: [i am a man]; found "
          + Shape.describe(node));
      return Optional.empty();
    }
    boolean ok = true;
    for (String name : node.propertyNames()) {
      Optional<AudienceTag> tag = Slugs.parse(AudienceTag.class, name);
      JsonNode phrases = node.get(name);
      List<String> read = new ArrayList<>();
      if (phrases != null && phrases.isArray()) {
        phrases.valueStream().filter(p -> p.isString() && !p.asString().isBlank()).forEach(p -> read.add(p.asString()));
      }
      if (tag.isEmpty()) {
        doc.report(problems, "/" + READERS + "/" + name, "unknown group '" + name + "'" + Suggestions.hint(name,
            Arrays.stream(AudienceTag.values()).map(AudienceTag::slug).toList()) + "; valid: "
            + String.join(", ", Arrays.stream(AudienceTag.values()).map(AudienceTag::slug).toList()));
        ok = false;
      } else if (read.isEmpty() || read.size() != phrases.size()) {
        doc.report(problems, "/" + READERS + "/" + name, "group '" + name + "' must list phrases, such as [i am a "
            + "man]; found " + (phrases == null ? "nothing" : Shape.describe(phrases)));
        ok = false;
      } else {
        readers.put(tag.get(), read);
      }
    }
    return ok ? Optional.of(readers) : Optional.empty();
  }

  private Optional<DangerCategory> category(Located<DangerFile.Category> entry) {
    DangerFile.Category c = entry.value();
    List<ConceptId> ids = new ArrayList<>();
    for (int i = 0; i < c.concepts().size(); i++) {
      concepts.checkAnyKind(entry.doc(), entry.pointer() + "/concepts/" + i, c.concepts().get(i), problems)
          .ifPresent(ids::add);
    }
    List<String> thenIds = c.then() == null ? List.of() : c.then();
    List<ConceptId> then = new ArrayList<>();
    for (int i = 0; i < thenIds.size(); i++) {
      concepts.checkAnyKind(entry.doc(), entry.pointer() + "/then/" + i, thenIds.get(i), problems).ifPresent(then::add);
    }
    boolean ok = ids.size() == c.concepts().size() && then.size() == thenIds.size();
    for (int i = 0; i < c.sources().size(); i++) {
      String key = c.sources().get(i);
      if (!bibliography.containsKey(key)) {
        entry.report(problems, "sources/" + i, "unknown source '" + key + "'; add it to the bibliography in pack.yaml"
            + Suggestions.hint(key, bibliography.keySet()));
        ok = false;
      }
    }
    if (!ok) {
      return Optional.empty();
    }
    try {
      List<ServiceType> services = c.services().stream().map(s -> slug(ServiceType.class, s)).toList();
      var flags = CheckInReader.flags(c.flags());
      return Optional.of(new DangerCategory(c.id(), c.label(), c.phrases(),
          c.except() == null ? List.of() : c.except(), c.unless() == null ? List.of() : c.unless(), ids, then, flags,
          services, Optional.ofNullable(c.message()), c.rationale(), c.sources(),
          c.replaces() == null ? List.of() : c.replaces(), c.audience() == null
              ? DangerAudience.inferred(services, flags) : slug(DangerAudience.class, c.audience())));
    } catch (IllegalArgumentException invalid) {
      entry.report(problems, null, invalid.getMessage());
      return Optional.empty();
    }
  }

  // Slugs were checked by the shape (@OneOf, @KeysOneOf), so parsing cannot fail here.
  private static <E extends Enum<E>> E slug(Class<E> type, String value) {
    return Slugs.parse(type, value).orElseThrow();
  }
}
