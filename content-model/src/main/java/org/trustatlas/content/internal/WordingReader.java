package org.trustatlas.content.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.trustatlas.content.read.PlanSection;
import org.trustatlas.content.read.Wording;
import org.trustatlas.core.internal.Slugs;
import org.trustatlas.core.repair.ReaderRole;
import org.trustatlas.core.safety.SafetyFlag;
import org.trustatlas.core.safety.ServiceType;

/**
 * Maps shape-checked {@code wording.yaml} to {@link Wording}, reporting in place each empty or
 * marked-up text, each role, flag, service type or section given twice, and at its list each one
 * left out, so an editor sees every gap at once.
 */
final class WordingReader {

  static final String ROLES = "roles";
  static final String FLAGS = "flags";
  static final String SERVICES = "services";
  static final String SECTIONS = "sections";
  static final String REGIONS = "regions";

  private final Problems problems;
  private boolean ok = true;

  WordingReader(Problems problems) {
    this.problems = problems;
  }

  /** The wording, or empty when anything in the file has a problem (all of which are reported). */
  Optional<Wording> read(YamlDocument doc) {
    if (!FileShape.fileFields(doc, List.of(ROLES, FLAGS, SERVICES, SECTIONS, REGIONS), problems)) {
      return Optional.empty();
    }
    List<Wording.RoleWords> roles = every(doc, ROLES, WordingFile.Role.class, ReaderRole.class, "role",
        WordingFile.Role::role, entry -> new Wording.RoleWords(slug(ReaderRole.class, entry.value().role()),
            text(entry, "choice", entry.value().choice()), text(entry, "name", entry.value().name())));
    List<Wording.Question> questions = every(doc, FLAGS, WordingFile.Flag.class, SafetyFlag.class, "safety flag",
        WordingFile.Flag::flag, entry -> new Wording.Question(slug(SafetyFlag.class, entry.value().flag()),
            text(entry, "question", entry.value().question()), text(entry, "name", entry.value().name())));
    List<Wording.ServiceWords> services = every(doc, SERVICES, WordingFile.Service.class, ServiceType.class,
        "service type", WordingFile.Service::type, entry -> new Wording.ServiceWords(
            slug(ServiceType.class, entry.value().type()), text(entry, "name", entry.value().name()),
            text(entry, "heading", entry.value().heading())));
    List<Map.Entry<PlanSection, String>> sections = every(doc, SECTIONS, WordingFile.Section.class,
        PlanSection.class, "plan section", WordingFile.Section::section, entry -> Map.entry(
            slug(PlanSection.class, entry.value().section()), text(entry, "heading", entry.value().heading())));
    if (!questions.isEmpty() && questions.get(0).flag() != SafetyFlag.IMMEDIATE_DANGER) {
      report(doc, "/" + FLAGS + "/0/flag", "the first safety question must be immediate-danger's: a form asks "
          + "about danger now before anything else");
    }
    Optional<WordingFile.Regions> regions = regions(doc);
    if (!ok || regions.isEmpty()) {
      return Optional.empty();
    }
    Map<ServiceType, Wording.ServiceWords> byType = new EnumMap<>(ServiceType.class);
    services.forEach(s -> byType.put(s.type(), s));
    Map<PlanSection, String> headings = new EnumMap<>(PlanSection.class);
    sections.forEach(s -> headings.put(s.getKey(), s.getValue()));
    try {
      return Optional.of(new Wording(roles, questions, byType, headings, regions.get().international(),
          regions.get().unplaced()));
    } catch (IllegalArgumentException invalid) {
      doc.report(problems, "", invalid.getMessage());
      return Optional.empty();
    }
  }

  /**
   * The entries of one list, each mapped when it fits, with every constant of {@code type} there
   * exactly once: a repeat is reported at the entry, a constant left out at the list.
   */
  private <F, E extends Enum<E>, T> List<T> every(YamlDocument doc, String list, Class<F> entryType, Class<E> type,
      String noun, Function<F, String> key, Function<Located<F>, T> map) {
    List<T> read = new ArrayList<>();
    Set<E> seen = EnumSet.noneOf(type);
    List<Located<F>> entries = FileShape.list(doc, list, entryType, problems);
    boolean complete = !entries.isEmpty() || doc.root().has(list);
    for (Located<F> entry : entries) {
      if (entry.value() == null) {
        ok = false;
        continue;
      }
      E constant = slug(type, key.apply(entry.value()));
      if (!seen.add(constant)) {
        report(doc, entry.pointer() + "/" + field(entryType), "duplicate " + noun + " '" + Slugs.of(constant)
            + "': each has its words once");
        continue;
      }
      boolean before = ok;
      ok = true;
      try {
        T value = map.apply(entry);
        if (ok) {
          read.add(value);
        }
      } catch (IllegalArgumentException invalid) {
        // a text already reported leaves its words unmade; anything else is said at the entry
        if (ok) {
          entry.report(problems, null, invalid.getMessage());
        }
        ok = false;
      }
      ok &= before;
    }
    // A broken entry may be the one that names the constant; say what is missing only when all read.
    if (complete && entries.stream().allMatch(e -> e.value() != null)) {
      Set<E> missing = EnumSet.allOf(type);
      missing.removeAll(seen);
      for (E constant : missing) {
        report(doc, "/" + list, "no words for " + noun + " '" + Slugs.of(constant) + "': add an entry with "
            + field(entryType) + ": " + Slugs.of(constant));
      }
    }
    if (!complete) {
      ok = false;
    }
    return read;
  }

  private Optional<WordingFile.Regions> regions(YamlDocument doc) {
    if (doc.root().get(REGIONS) == null) {
      report(doc, "", "missing required field '" + REGIONS + "'");
      return Optional.empty();
    }
    if (!Shape.check(doc, doc.root().get(REGIONS), "/" + REGIONS, WordingFile.Regions.class, problems)) {
      ok = false;
      return Optional.empty();
    }
    WordingFile.Regions regions = YamlDocument.YAML.treeToValue(doc.root().get(REGIONS), WordingFile.Regions.class);
    Located<WordingFile.Regions> at = new Located<>(regions, doc, "/" + REGIONS);
    String international = text(at, "international", regions.international());
    String unplaced = text(at, "unplaced", regions.unplaced());
    if (!unplaced.isEmpty() && !Wording.holdsGivenOnce(unplaced)) {
      at.report(problems, "unplaced", "write " + Wording.GIVEN + " once, where what the reader typed goes");
      ok = false;
    }
    return Optional.of(new WordingFile.Regions(international, unplaced));
  }

  /** The text, or "" with a problem reported at the field when it is empty or holds markup. */
  private String text(Located<?> entry, String field, String text) {
    try {
      return Wording.text(text, field);
    } catch (IllegalArgumentException invalid) {
      entry.report(problems, field, invalid.getMessage().startsWith(field + " is empty")
          ? "empty text: write the words a reader sees" : invalid.getMessage());
      ok = false;
      return "";
    }
  }

  private void report(YamlDocument doc, String pointer, String message) {
    doc.report(problems, pointer, message);
    ok = false;
  }

  /** The entry's key field, named like the list's constants: role, flag, type, section. */
  private static String field(Class<?> entryType) {
    return entryType.getRecordComponents()[0].getName();
  }

  private static <E extends Enum<E>> E slug(Class<E> type, String value) {
    return Slugs.parse(type, value).orElseThrow();
  }
}
