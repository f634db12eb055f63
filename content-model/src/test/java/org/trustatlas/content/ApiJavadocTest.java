package org.trustatlas.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * Every public type and public method of the API embedders read first, the {@link TrustAtlas} facade
 * and core's model, safety, repair and dynamics packages, carries Javadoc. Read from the sources with
 * the JDK's own parser: doclint's "missing" group would also demand an {@code @param} and
 * {@code @return} on every method, where one sentence in the domain's words says more. Methods that
 * override (marked {@code @Override}) inherit their documentation.
 */
class ApiJavadocTest {

  private static final Path CORE = Path.of("..", "core", "src", "main", "java", "org", "trustatlas", "core");
  private static final List<Path> API = List.of(CORE.resolve("model"), CORE.resolve("safety"), CORE.resolve("repair"),
      CORE.resolve("dynamics"), Path.of("src", "main", "java", "org", "trustatlas", "content", "TrustAtlas.java"));

  @Test
  void everyPublicTypeAndMethodOfTheFacadeAndTheModelIsDocumented() throws IOException {
    assertThat(undocumented(sources())).isEmpty();
  }

  @Test
  void aPublicMethodWithoutJavadocIsFound(@org.junit.jupiter.api.io.TempDir Path temp) throws IOException {
    Path source = Files.writeString(temp.resolve("Sample.java"), """
        /** Documented. */
        public final class Sample {
          /** Documented. */
          public static Sample of() { return new Sample(); }
          public int size() { return 0; }
          @Override public String toString() { return ""; }
          int hidden() { return 0; }
        }
        """);
    assertThat(undocumented(List.of(source))).containsExactly("Sample.size");
  }

  private static List<Path> sources() throws IOException {
    List<Path> sources = new ArrayList<>();
    for (Path root : API) {
      try (Stream<Path> files = Files.walk(root)) {
        files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java")).sorted()
            .forEach(sources::add);
      }
    }
    assertThat(sources).as("API sources under %s", API).hasSizeGreaterThan(API.size());
    return sources;
  }

  /** The public types and methods among {@code sources} that have no doc comment, as Type or Type.method. */
  private static List<String> undocumented(List<Path> sources) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> missing = new ArrayList<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      JavacTask task = (JavacTask) javac.getTask(null, files, null, List.of("-proc:none"), null,
          files.getJavaFileObjectsFromPaths(sources));
      DocTrees docs = DocTrees.instance(task);
      for (CompilationUnitTree unit : task.parse()) {
        new TreePathScanner<Void, Void>() {
          @Override
          public Void visitClass(ClassTree type, Void nothing) {
            if (!visible(getCurrentPath())) {
              return null; // nothing inside a hidden, local or anonymous class is API
            }
            check(getCurrentPath(), name(getCurrentPath()));
            return super.visitClass(type, nothing);
          }

          @Override
          public Void visitMethod(MethodTree method, Void nothing) {
            TreePath path = getCurrentPath();
            if (method.getReturnType() != null && visible(path) && !overrides(method.getModifiers())) {
              check(path, name(path.getParentPath()) + "." + method.getName());
            }
            return null;
          }

          private void check(TreePath path, String name) {
            if (docs.getDocCommentTree(path) == null) {
              missing.add(name);
            }
          }
        }.scan(unit, null);
      }
    }
    return missing;
  }

  /** Public, and inside public types only: what another package can see. */
  private static boolean visible(TreePath path) {
    for (TreePath at = path; at.getLeaf().getKind() != Tree.Kind.COMPILATION_UNIT; at = at.getParentPath()) {
      Tree parent = at.getParentPath().getLeaf();
      if (!(parent instanceof ClassTree) && parent.getKind() != Tree.Kind.COMPILATION_UNIT) {
        return false;
      }
      ModifiersTree modifiers = at.getLeaf() instanceof ClassTree type ? type.getModifiers()
          : ((MethodTree) at.getLeaf()).getModifiers();
      boolean inInterface = parent instanceof ClassTree owner
          && (owner.getKind() == Tree.Kind.INTERFACE || owner.getKind() == Tree.Kind.ANNOTATION_TYPE);
      boolean isPublic = modifiers.getFlags().contains(Modifier.PUBLIC)
          || inInterface && !modifiers.getFlags().contains(Modifier.PRIVATE);
      if (!isPublic) {
        return false;
      }
    }
    return true;
  }

  private static boolean overrides(ModifiersTree modifiers) {
    for (AnnotationTree annotation : modifiers.getAnnotations()) {
      if (annotation.getAnnotationType().toString().equals("Override")) {
        return true;
      }
    }
    return false;
  }

  private static String name(TreePath typePath) {
    StringBuilder name = new StringBuilder();
    for (TreePath at = typePath; at.getLeaf() instanceof ClassTree type; at = at.getParentPath()) {
      name.insert(0, name.length() == 0 ? type.getSimpleName() : type.getSimpleName() + ".");
    }
    return name.toString();
  }
}
