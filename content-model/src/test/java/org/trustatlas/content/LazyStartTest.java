package org.trustatlas.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.trustatlas.content.read.EventRuns;
import org.trustatlas.core.repair.ReaderRole;
import org.trustatlas.core.repair.Situation;

/**
 * The bundled pack starts lazily and from its snapshot: each step loads only the classes it needs,
 * and no step parses YAML or builds a search index. Each test runs the library in a fresh class
 * loader that records every class it loads from the class path.
 */
class LazyStartTest {

  @Test
  void gettingTheBundledAtlasReadsNothingYet() throws Exception {
    Set<String> loaded = run("bundled");
    assertThat(loaded).contains("org.trustatlas.content.TrustAtlas")
        .doesNotContain("org.trustatlas.content.internal.SnapshotIn", "org.trustatlas.content.internal.PackReader",
            "org.trustatlas.core.model.AtlasRules")
        .noneMatch(name -> name.startsWith("org.apache.lucene.") || name.startsWith("tools.jackson."));
  }

  @Test
  void readingConceptsReadsOnlyTheConceptGraph() throws Exception {
    Set<String> loaded = run("concepts");
    assertThat(loaded).contains("org.trustatlas.content.internal.AtlasSnapshot")
        .doesNotContain("org.trustatlas.content.internal.GuidanceSnapshot",
            "org.trustatlas.content.internal.DynamicsSnapshot", "org.trustatlas.core.repair.RepairPlanner")
        .noneMatch(name -> name.startsWith("org.apache.lucene.") || name.startsWith("tools.jackson."));
  }

  @Test
  void aPlanASearchAndASimulationNeitherParseYamlNorStartLucene() throws Exception {
    Set<String> loaded = run("everything");
    assertThat(loaded).contains("org.trustatlas.content.internal.GuidanceSnapshot",
            "org.trustatlas.content.internal.DynamicsSnapshot", "org.trustatlas.content.internal.SearchSnapshot",
            "org.trustatlas.content.search.IndexQuery")
        .doesNotContain("org.trustatlas.content.internal.PackReader")
        .noneMatch(name -> name.startsWith("tools.jackson.") || name.startsWith("org.snakeyaml."))
        // The index is arrays and plain words are analysed without Lucene: Lucene neither opens an
        // index nor starts its analysis, whose first use reads the JVM's management beans.
        .noneMatch(name -> name.startsWith("org.apache.lucene.") && !name.equals("org.apache.lucene.util.SmallFloat"));
  }

  @Test
  void aConceptsCautionsReadTheSafetyRulesAndNoOtherGuidance() throws Exception {
    assertThat(run("cautions")).contains("org.trustatlas.content.internal.RulesSnapshot")
        .doesNotContain("org.trustatlas.content.internal.ResourcesSnapshot",
            "org.trustatlas.content.internal.DangerSnapshot", "org.trustatlas.content.internal.WordingSnapshot",
            "org.trustatlas.core.repair.RepairPlanner");
  }

  @Test
  void aQueryInAnotherScriptStartsLucenesAnalysis() throws Exception {
    assertThat(run("accented")).contains("org.apache.lucene.analysis.standard.StandardTokenizer")
        .noneMatch(name -> name.startsWith("org.apache.lucene.index."));
  }

  @Test
  void firstCallsBootstrapNoRecordsGeneratedEqualsHashCodeOrToString() throws Exception {
    // A record's generated equals, hashCode and toString link through ObjectMethods on first use:
    // 50 to 100 ms of a cold start. Concepts hash by id and the planner and search compare ids.
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xlog:class+load", "-cp", System.getProperty("java.class.path"), Steps.class.getName())
        .redirectErrorStream(true).start();
    List<String> lines;
    try (var output = process.inputReader()) {
      lines = output.lines().toList();
    }
    assertThat(process.waitFor()).as(String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size())))
        .isZero();
    assertThat(lines).anyMatch(line -> line.contains(" org.trustatlas.core.repair.RepairPlanner "))
        .anyMatch(line -> line.contains(" org.trustatlas.content.danger.DangerSafety "))
        .noneMatch(line -> line.contains(" java.lang.runtime.ObjectMethods "));
  }

  /** What each test asks of the bundled pack, loaded in the recording class loader. */
  public static final class Steps {
    /** The first calls of an embedder, in a JVM of their own. */
    public static void main(String[] args) {
      everything();
      TrustAtlas.bundled().search("he chokes me", 5);
      // What a front end prints of a simulation: its events and refusals grouped by value.
      TrustAtlas atlas = TrustAtlas.bundled();
      atlas.scenarios().forEach(scenario -> EventRuns.of(atlas.simulate(scenario)));
    }

    public static void bundled() {
      TrustAtlas.bundled();
    }

    public static void concepts() {
      TrustAtlas.bundled().atlas().concepts();
    }

    public static void everything() {
      TrustAtlas atlas = TrustAtlas.bundled();
      atlas.plan(Situation.of(ReaderRole.HURT_PARTNER, "infidelity").inRegion("GB"));
      atlas.search("my partner cheated", 5);
      atlas.simulate(atlas.scenarios().get(0));
      atlas.checkIn();
    }

    public static void cautions() {
      TrustAtlas atlas = TrustAtlas.bundled();
      atlas.atlas().concepts().forEach(atlas::cautions);
    }

    public static void accented() {
      TrustAtlas.bundled().search("mon partenaire m'a trompé", 5);
    }
  }

  private static Set<String> run(String step) throws Exception {
    try (Recording loader = new Recording()) {
      loader.loadClass(Steps.class.getName()).getMethod(step).invoke(null);
      return Set.copyOf(loader.loaded);
    }
  }

  /** Loads the class path itself (the JDK from the platform loader) and notes every class it defines. */
  private static final class Recording extends URLClassLoader {
    final Set<String> loaded = ConcurrentHashMap.newKeySet();

    Recording() {
      super(classPath(), ClassLoader.getPlatformClassLoader());
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      loaded.add(name);
      return super.findClass(name);
    }

    private static URL[] classPath() {
      List<URL> urls = new ArrayList<>();
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        try {
          urls.add(new File(entry).toURI().toURL());
        } catch (MalformedURLException e) {
          throw new UncheckedIOException(new IOException(e));
        }
      }
      return urls.toArray(URL[]::new);
    }
  }
}
