package org.trustatlas.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.StringWriter;
import java.lang.module.Configuration;
import java.lang.module.FindException;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * content-model and core as an embedder's named module sees them: compiled against the module path
 * (not this test's class path), the API packages are readable, the loader and core's helpers are
 * not, and the bundled pack loads and is searched with both jars running as modules.
 */
class ModuleBoundaryTest {

  private static final String MODULE = "module embedder { requires org.trustatlas.content; exports embedder; }";

  @Test
  void anEmbeddersModuleReadsTheFacadeAndTheModelThroughOneRequires(@TempDir Path work) throws Exception {
    String errors = compile(work, """
        package embedder;
        public final class Embedder {
          public static String infidelity() {
            org.trustatlas.content.TrustAtlas atlas = org.trustatlas.content.TrustAtlas.bundled();
            org.trustatlas.core.model.Atlas model = atlas.atlas();
            return model.concept("infidelity").orElseThrow().label();
          }
        }
        """);
    assertThat(errors).isEmpty();
  }

  @Test
  void theLoaderIsNotVisibleToAnEmbeddersModule(@TempDir Path work) throws Exception {
    String errors = compile(work, """
        package embedder;
        public final class Embedder {
          Class<?> reader = org.trustatlas.content.internal.PackReader.class;
        }
        """);
    assertThat(errors).contains("package org.trustatlas.content.internal is not visible");
  }

  @Test
  void coresHelpersAreNotVisibleToAnEmbeddersModule(@TempDir Path work) throws Exception {
    String errors = compile(work, """
        package embedder;
        public final class Embedder {
          Class<?> slugs = org.trustatlas.core.internal.Slugs.class;
        }
        """);
    assertThat(errors).contains("package org.trustatlas.core.internal is not visible");
  }

  @Test
  void aPackLoadsFromYamlAndIsSearchedWhenTheJarsRunAsModules(@TempDir Path work) throws Exception {
    String errors = compile(work, """
        package embedder;
        public final class Embedder {
          public static String firstHit(java.nio.file.Path pack, String words) {
            return org.trustatlas.content.TrustAtlas.load(pack).search(words, 1).hits().get(0).concept().id().value();
          }
        }
        """);
    assertThat(errors).isEmpty();

    ModuleFinder finder = ModuleFinder.of(modulePath().toArray(Path[]::new));
    ModuleFinder embedder = ModuleFinder.of(work.resolve("out"));
    Configuration configuration = ModuleLayer.boot().configuration()
        .resolve(ModuleFinder.compose(embedder, finder), ModuleFinder.of(), Set.of("embedder"));
    ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration,
        ClassLoader.getPlatformClassLoader());
    assertThat(layer.findModule("org.trustatlas.content")).map(Module::isNamed).contains(true);

    // Loading YAML binds Jackson onto the loader's DTOs: it works only if the module opens them.
    Object hit = layer.findLoader("embedder").loadClass("embedder.Embedder")
        .getMethod("firstHit", Path.class, String.class).invoke(null, BundledPack.folder(), "my partner cheated");
    assertThat(hit).isEqualTo("infidelity");
  }

  /** Compiles the module {@code embedder} with one class into {@code work/out}; javac's errors, or "". */
  private static String compile(Path work, String embedderClass) throws Exception {
    Path sources = Files.createDirectories(work.resolve("src/embedder"));
    Files.writeString(work.resolve("src/module-info.java"), MODULE);
    Files.writeString(sources.resolve("Embedder.java"), embedderClass);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter errors = new StringWriter();
    String modulePath = modulePath().stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    boolean compiled = javac.getTask(errors, null, null,
        List.of("--module-path", modulePath, "-d", work.resolve("out").toString(), "-proc:none"), null,
        javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(
            work.resolve("src/module-info.java").toFile(), sources.resolve("Embedder.java").toFile())).call();
    assertThat(compiled).as(errors.toString()).isEqualTo(errors.toString().isEmpty());
    return errors.toString();
  }

  /**
   * The entries of this test's class path that are explicit modules (content-model, core, Jackson,
   * SnakeYAML, Lucene, JSpecify, ...): what an embedder puts on its module path. Automatic modules
   * and plain folders are left out, so nothing resolves by accident.
   */
  private static List<Path> modulePath() {
    List<Path> modules = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(entry);
      try {
        Set<ModuleReference> found = ModuleFinder.of(path).findAll();
        if (found.size() == 1 && !found.iterator().next().descriptor().isAutomatic()) {
          modules.add(path);
        }
      } catch (FindException e) {
        // not a module: a test folder, a jar whose name derives no module name
      }
    }
    return modules;
  }
}
