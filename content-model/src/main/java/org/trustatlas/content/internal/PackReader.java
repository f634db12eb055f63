package org.trustatlas.content.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.trustatlas.content.input.PackLoadException;
import org.trustatlas.content.input.InputException;
import org.trustatlas.content.input.InputLimits;
import org.trustatlas.content.input.StrictInput;
import org.trustatlas.core.dynamics.DynamicsParameters;
import org.trustatlas.core.dynamics.Scenario;
import org.trustatlas.core.dynamics.SimulationCost;
import org.trustatlas.core.dynamics.SimulationTooLargeException;
import org.trustatlas.core.model.Article;
import org.trustatlas.core.model.Atlas;
import org.trustatlas.core.model.PackInfo;
import org.trustatlas.core.model.SourceRef;

/**
 * Reads a pack folder into an {@link Atlas}, all or nothing. Every file is read and checked even
 * after a problem is found, so {@link PackLoadException} carries the complete list.
 */
public final class PackReader {

  static final String PACK = "pack.yaml";
  static final String ARTICLE = "article.yaml";
  static final String CONCEPTS = "concepts";
  static final String RELATIONS = "relations.yaml";

  private final Path root;
  private final Problems problems = new Problems();

  private PackReader(Path root) {
    this.root = root;
  }

  /**
   * Reads the bundled pack in {@code folder}, which must have every file; throws {@link
   * PackLoadException} listing every problem.
   */
  public static LoadedPack read(Path folder) {
    return new PackReader(folder).read(Optional.empty());
  }

  /**
   * Reads the pack in {@code folder}. A pack may leave out its guidance files (safety rules,
   * resources, check-in): each one left out is taken from {@code bundled}, since a pack without
   * safety rules or crisis resources must never exist.
   *
   * @throws PackLoadException listing every problem
   */
  public static LoadedPack read(Path folder, Supplier<GuidanceContent> bundled) {
    return new PackReader(folder).read(Optional.of(bundled));
  }

  /**
   * Reads only the simulator's files, for a pack whose atlas was already loaded and validated (the
   * bundled pack, whose parts are read when first used).
   */
  public static DynamicsContent readDynamics(Path folder, Atlas atlas) {
    PackReader reader = new PackReader(folder);
    DynamicsContent dynamics = reader.dynamics(bibliography(atlas));
    if (!reader.problems.isEmpty()) {
      throw new PackLoadException(reader.problems.sorted());
    }
    return dynamics;
  }

  /** Reads only the guidance files, for the bundled pack, whose atlas was already loaded and validated. */
  public static GuidanceContent readGuidance(Path folder, Atlas atlas) {
    PackReader reader = new PackReader(folder);
    GuidanceReader guidance = new GuidanceReader(bibliography(atlas), PackConcepts.complete(atlas.concepts()),
        reader.problems);
    guidance.read(reader::document);
    Optional<GuidanceContent> read = reader.problems.isEmpty()
        ? guidance.assemble(atlas, GuidanceReader.NOTHING_TO_INHERIT) : Optional.empty();
    return read.orElseThrow(() -> new PackLoadException(reader.problems.sorted()));
  }

  private static Map<String, SourceRef> bibliography(Atlas atlas) {
    Map<String, SourceRef> bibliography = new LinkedHashMap<>();
    atlas.bibliography().forEach(s -> bibliography.put(s.key(), s));
    return bibliography;
  }

  /**
   * One scenario written by a reader or a program (a file or a request body, YAML or JSON): the
   * shape of one entry of {@code scenarios.yaml}, read strictly within {@link InputLimits#DOCUMENT}.
   *
   * @throws PackLoadException listing every problem, located in {@code name}
   * @throws SimulationTooLargeException when running it would be over {@link SimulationCost}'s
   *     limits; counted before any event is made
   */
  public static Scenario readScenario(String name, String text) {
    Problems problems = new Problems();
    YamlDocument doc = YamlDocument.parse(name, text, InputLimits.DOCUMENT, problems);
    Optional<Scenario> scenario = Optional.empty();
    if (doc != null && Shape.check(doc, doc.root(), "", ScenariosFile.Scenario.class, problems)) {
      ScenariosFile.Scenario entry = YamlDocument.YAML.treeToValue(doc.root(), ScenariosFile.Scenario.class);
      ScenarioReader.cost(entry).check();
      scenario = ScenarioReader.read(new Located<>(entry, doc, ""), problems);
    }
    if (scenario.isEmpty()) {
      throw new PackLoadException(problems.sorted());
    }
    return scenario.get();
  }

  /** With {@code inherit} empty, the pack must have every guidance file itself (the bundled pack). */
  private LoadedPack read(Optional<Supplier<GuidanceContent>> inherit) {
    if (!Files.isDirectory(root)) {
      problems.add(root.toString(), 0, 0, "", "not a pack folder: it does not exist or is not a directory");
      throw new PackLoadException(problems.sorted());
    }
    Optional<PackFile> pack = document(PACK).flatMap(doc -> map(doc, PackFile.class));
    // Without a usable pack.yaml there is no bibliography to check citations against; the other
    // files are still read for their own problems, but not every citation as an unknown source
    // (hundreds of lines beneath the one that matters). The load fails on pack.yaml's problem.
    Map<String, SourceRef> bibliography = pack.map(this::bibliography).orElseGet(AnySource::new);
    Optional<Article> article = document(ARTICLE).flatMap(doc -> ArticleReader.read(doc, problems));
    CitationReader citations = new CitationReader(bibliography);
    ContentReader content = new ContentReader(new ConceptReader(citations), citations, problems);
    for (Path file : conceptFiles()) {
      document(root.relativize(file).toString().replace('\\', '/'))
          .ifPresentOrElse(content::concepts, content::conceptFileUnread);
    }
    document(RELATIONS).ifPresent(content::relations);
    Optional<PackInfo> info = pack.flatMap(this::info);
    if (article.isPresent()) {
      content.checkRules(article.get(), document(ARTICLE).orElseThrow());
    }
    DynamicsContent dynamics = dynamics(bibliography);
    GuidanceReader guidance = new GuidanceReader(bibliography, content.packConcepts(), problems);
    guidance.read(inherit.isPresent() ? this::optionalDocument : this::document);
    if (!problems.isEmpty() || info.isEmpty() || article.isEmpty()) {
      throw new PackLoadException(problems.sorted());
    }
    Atlas atlas = Atlas.of(info.get(), article.get(), bibliography.values(), content.concepts(), content.relations());
    // Core's whole-list check-in rules need the atlas, so they are judged last.
    GuidanceContent guidanceContent = guidance.assemble(atlas, inherit.orElse(GuidanceReader.NOTHING_TO_INHERIT))
        .orElseThrow(() -> new PackLoadException(problems.sorted()));
    return new LoadedPack(atlas, dynamics, guidanceContent);
  }

  private DynamicsContent dynamics(Map<String, SourceRef> bibliography) {
    DynamicsParameters parameters = optionalDocument(DynamicsContent.PARAMETERS)
        .flatMap(doc -> DynamicsContent.parameters(doc, bibliography, problems))
        .orElse(DynamicsParameters.defaults());
    List<Scenario> scenarios = optionalDocument(DynamicsContent.SCENARIOS)
        .map(doc -> DynamicsContent.scenarios(doc, problems))
        .orElse(List.of());
    return new DynamicsContent(parameters, scenarios);
  }

  /** A file a pack may leave out; absent means "use the defaults" (or inherit), not a problem. */
  private Optional<YamlDocument> optionalDocument(String name) {
    return Files.exists(root.resolve(name), LinkOption.NOFOLLOW_LINKS) ? document(name) : Optional.empty();
  }

  private final Map<String, Optional<YamlDocument>> documents = new LinkedHashMap<>();

  /** Bytes of pack files read so far, against {@link InputLimits#PACK_BYTES}. */
  private long packBytes;

  /**
   * Parses a pack file once; a missing, unreadable, oversized or non-regular file (a pipe, a device,
   * a link out of the pack) is a problem, not an exception, and never a wait.
   */
  private Optional<YamlDocument> document(String name) {
    return documents.computeIfAbsent(name, n -> {
      Path file = root.resolve(n);
      if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        problems.add(n, 0, 0, "", "missing file: a pack needs " + n);
        return Optional.empty();
      }
      long size = StrictInput.size(file);
      if (size <= InputLimits.PACK_FILE.maxBytes() && packBytes + size > InputLimits.PACK_BYTES) {
        problems.add(n, 0, 0, "", "the pack's files come to more than " + InputLimits.PACK_BYTES
            + " bytes with this one; a pack is read only up to that");
        return Optional.empty();
      }
      try {
        String text = StrictInput.readFileWithin(root, file, n, InputLimits.PACK_FILE.maxBytes());
        packBytes += size;
        return Optional.ofNullable(YamlDocument.parse(n, text, problems));
      } catch (InputException refused) {
        problems.add(refused.problem());
        return Optional.empty();
      }
    });
  }

  private List<Path> conceptFiles() {
    Path folder = root.resolve(CONCEPTS);
    if (!Files.isDirectory(folder)) {
      problems.add(CONCEPTS + "/", 0, 0, "", "missing folder: a pack keeps its concepts in concepts/*.yaml");
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      // A name starting with a dot is no concept file: an editor's lock (.#main.yaml, a dangling link)
      // or macOS's metadata (._main.yaml) would otherwise make a pack that is fine invalid.
      List<Path> yaml = files.filter(f -> f.getFileName().toString().endsWith(".yaml")
              && !f.getFileName().toString().startsWith(".")).sorted()
          .limit(InputLimits.PACK_FILES + 1L).toList();
      if (yaml.isEmpty()) {
        problems.add(CONCEPTS + "/", 0, 0, "", "no concept files: add at least one concepts/*.yaml");
      }
      if (yaml.size() > InputLimits.PACK_FILES) {
        problems.add(CONCEPTS + "/", 0, 0, "", "more than " + InputLimits.PACK_FILES + " concept files; a pack "
            + "keeps its concepts in fewer, larger files");
        return List.of();
      }
      return yaml;
    } catch (IOException e) {
      problems.add(CONCEPTS + "/", 0, 0, "", "cannot list the folder: " + e.getMessage());
      return List.of();
    }
  }

  /** Shape-checks the whole document against its DTO and maps it when it fits. */
  static <T> Optional<T> map(YamlDocument doc, Class<T> type, Problems problems) {
    if (!Shape.check(doc, doc.root(), "", type, problems)) {
      return Optional.empty();
    }
    return Optional.of(YamlDocument.YAML.treeToValue(doc.root(), type));
  }

  private <T> Optional<T> map(YamlDocument doc, Class<T> type) {
    return map(doc, type, problems);
  }

  private Optional<PackInfo> info(PackFile pack) {
    try {
      return Optional.of(new PackInfo(pack.id(), pack.version(), pack.language(), pack.title(),
          pack.description() == null ? "" : pack.description()));
    } catch (IllegalArgumentException invalid) {
      document(PACK).orElseThrow().report(problems, "", invalid.getMessage());
      return Optional.empty();
    }
  }

  private Map<String, SourceRef> bibliography(PackFile pack) {
    YamlDocument doc = document(PACK).orElseThrow();
    Map<String, SourceRef> sources = new LinkedHashMap<>();
    List<PackFile.Source> entries = ConceptReader.orEmpty(pack.bibliography());
    for (int i = 0; i < entries.size(); i++) {
      PackFile.Source s = entries.get(i);
      String at = "/bibliography/" + i;
      try {
        SourceRef source = new SourceRef(s.key(), s.title(), s.authors(), s.year(), Optional.ofNullable(s.url()));
        if (sources.putIfAbsent(source.key(), source) != null) {
          doc.report(problems, at + "/key", "duplicate source key '" + s.key() + "'");
        }
      } catch (IllegalArgumentException invalid) {
        doc.report(problems, at, invalid.getMessage());
      }
    }
    return sources;
  }

  /**
   * The bibliography of a pack whose pack.yaml could not be read: it has every key, each with a
   * stand-in source, so no citation is reported unknown for want of the file. Never part of an atlas:
   * pack.yaml's own problem fails the load first.
   */
  private static final class AnySource extends AbstractMap<String, SourceRef> {
    @Override
    public boolean containsKey(Object key) {
      return get(key) != null;
    }

    @Override
    public SourceRef get(Object key) {
      return key instanceof String text && !text.isBlank()
          ? new SourceRef(text, "unread: pack.yaml could not be read", List.of("unknown"), 2000, Optional.empty())
          : null;
    }

    @Override
    public Set<Entry<String, SourceRef>> entrySet() {
      return Set.of();
    }
  }
}
