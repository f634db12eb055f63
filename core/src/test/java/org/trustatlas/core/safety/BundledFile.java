package org.trustatlas.core.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Compares a bundled pack file in content-model with what the core fixtures render. Run the tests
 * with {@code -Dtrustatlas.writeBundled=true} to rewrite the files from the fixtures instead.
 * Comment lines and blank lines are ignored, so the files can carry explanations.
 */
public final class BundledFile {

  private static final Path BUNDLED = Path.of("..", "content-model", "src", "main", "resources", "org", "trustatlas",
      "content", "bundled");

  private BundledFile() {}

  public static void assertMatches(String name, String header, String rendered) throws IOException {
    Path file = BUNDLED.resolve(name);
    if (Boolean.getBoolean("trustatlas.writeBundled")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, header + "\n" + rendered, StandardCharsets.UTF_8);
    }
    assumeTrue(Files.exists(file), "the content-model module is not next to core");
    assertThat(significant(Files.readString(file, StandardCharsets.UTF_8)))
        .as("%s differs from the core fixtures; update both together", name)
        .isEqualTo(significant(rendered));
  }

  private static String significant(String yaml) {
    List<String> lines = yaml.lines().map(String::stripTrailing)
        .filter(line -> !line.isBlank() && !line.stripLeading().startsWith("#")).toList();
    return lines.stream().collect(Collectors.joining("\n"));
  }
}
