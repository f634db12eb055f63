package org.trustatlas.content.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.trustatlas.content.TrustAtlas;
import org.trustatlas.core.model.Atlas;

/** The minimal test pack, plus a copy with taxonomy relations (broader, related) for the SKOS mapping. */
final class ExportFixtures {

  private ExportFixtures() {}

  static Atlas minimal() {
    return TrustAtlas.load(minimalFolder()).atlas();
  }

  /** Adds a second challenge, "infidelity is a kind of betrayal" and "faith related to renewed trust". */
  static Atlas withTaxonomy(Path temp) {
    copy(minimalFolder(), temp);
    append(temp.resolve("concepts/main.yaml"), """
          - id: betrayal
            kind: challenge
            label: Betrayal
            summary: Breaking a trust someone relied on.
            sentences: [S02]
            family: relational-betrayal
        """);
    append(temp.resolve("relations.yaml"), """
          - kind: broader
            from: infidelity
            to: betrayal
            sentences: [S02]
          - kind: related
            from: faith
            to: renewed-trust
            sources: [rempel-1985]
        """);
    return TrustAtlas.load(temp).atlas();
  }

  private static Path minimalFolder() {
    try {
      return Path.of(ExportFixtures.class.getResource("/packs/minimal/pack.yaml").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void copy(Path from, Path to) {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void append(Path file, String text) {
    try {
      Files.writeString(file, Files.readString(file) + text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
