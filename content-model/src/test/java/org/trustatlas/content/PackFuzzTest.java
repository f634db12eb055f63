package org.trustatlas.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustatlas.content.input.PackLoadException;
import org.trustatlas.content.input.PackProblem;

/**
 * Seeded mutation fuzzing of pack files and scenario texts: whatever an editor or a client sends,
 * loading either succeeds or reports located problems. Any other exception is a bug.
 */
class PackFuzzTest {

  private static final String[] FILES = {"pack.yaml", "article.yaml", "concepts/main.yaml", "relations.yaml"};
  private static final String[] FRAGMENTS = {
      ":", "- ", "{", "}", "[", "]", "\"", "'", "&a", "*a", "!!binary", "~", "null", "-1", "1e999", "\t", "\u0000",
      "\n  - id: x\n", "kind: challenge", "sentences: [S99]", "<<: *a", "? ", "|", ">", "#", "%YAML 1.2\n---\n"};

  @TempDir Path temp;

  @Test
  void mutatedPacksLoadOrReportProblemsNeverAnythingElse() throws IOException {
    SplittableRandom random = new SplittableRandom(20261124);
    for (int round = 0; round < 300; round++) {
      Path folder = temp.resolve("round-" + round);
      PackFixture pack = PackFixture.minimal(Files.createDirectories(folder));
      String file = FILES[random.nextInt(FILES.length)];
      Path path = pack.folder().resolve(file);
      Files.writeString(path, mutate(Files.readString(path), random), StandardCharsets.UTF_8);
      List<PackProblem> problems = TrustAtlas.validate(pack.folder());
      for (PackProblem problem : problems) {
        assertThat(problem.message()).as("round %d", round).isNotBlank();
        assertThat(problem.line()).isGreaterThanOrEqualTo(0);
      }
    }
  }

  @Test
  void mutatedScenariosParseOrReportProblemsNeverAnythingElse() {
    String scenario = """
        {"id": "mine", "title": "Mine", "steps": 20, "seed": 3, "events": [
          {"at": 5, "type": "violation", "violation": "integrity", "severity": 0.6, "disclosure": "disclosed"},
          {"at": 6, "type": "response", "response": "apology"},
          {"at": 7, "every": 1, "until": 20, "type": "positive-act", "magnitude": 0.5}]}""";
    SplittableRandom random = new SplittableRandom(7);
    for (int round = 0; round < 500; round++) {
      String text = mutate(scenario, random);
      try {
        TrustAtlas.readScenario("body", text);
      } catch (PackLoadException expected) {
        assertThat(expected.problems()).as("round %d: %s", round, text).isNotEmpty();
      }
    }
  }

  /** One to three edits: delete a span, duplicate a line, or insert a YAML-significant fragment. */
  private static String mutate(String text, SplittableRandom random) {
    StringBuilder out = new StringBuilder(text);
    for (int edits = 1 + random.nextInt(3); edits > 0 && out.length() > 0; edits--) {
      int at = random.nextInt(out.length());
      switch (random.nextInt(3)) {
        case 0 -> out.delete(at, Math.min(out.length(), at + 1 + random.nextInt(12)));
        case 1 -> {
          List<String> lines = new ArrayList<>(List.of(out.toString().split("\n", -1)));
          int line = random.nextInt(lines.size());
          lines.add(line, lines.get(line));
          out = new StringBuilder(String.join("\n", lines));
        }
        default -> out.insert(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
      }
    }
    return out.toString();
  }
}
