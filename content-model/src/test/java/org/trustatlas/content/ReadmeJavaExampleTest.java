package org.trustatlas.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Use it from Java" program, taken from the README itself, compiled with the JDK's
 * compiler against this module's class path and run: its imports, names and calls must be right.
 */
class ReadmeJavaExampleTest {

  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

  @Test
  void theQuickStartInTheReadmeCompilesWithItsImportsAndRuns(@TempDir Path work) throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"));
    int section = readme.indexOf("\n## Use it from Java\n");
    assertThat(section).as("README has a 'Use it from Java' section").isPositive();
    Matcher block = JAVA_BLOCK.matcher(readme);
    assertThat(block.find(section)).as("a java block in that section").isTrue();
    String source = block.group(1);
    Matcher name = Pattern.compile("public class (\\w+)").matcher(source);
    assertThat(name.find()).as("the block is a whole class").isTrue();
    Path file = Files.writeString(work.resolve(name.group(1) + ".java"), source);

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter errors = new StringWriter();
    boolean compiled = javac.getTask(errors, null, null,
        List.of("-classpath", System.getProperty("java.class.path"), "-d", work.toString(), "-proc:none"), null,
        javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(file.toFile())).call();
    assertThat(compiled).as(errors.toString()).isTrue();

    String output = run(work, name.group(1));
    assertThat(output).startsWith("Infidelity: ").contains("  undermines Sexual trust",
        "'my partner cheated on me' means: Infidelity", "In an emergency call 999");
  }

  /** Runs {@code main} with standard output captured. */
  private static String run(Path classes, String className) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        ReadmeJavaExampleTest.class.getClassLoader())) {
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      loader.loadClass(className).getMethod("main", String[].class).invoke(null, (Object) new String[0]);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }
}
