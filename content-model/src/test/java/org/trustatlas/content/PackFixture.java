package org.trustatlas.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.trustatlas.content.input.PackProblem;

/** A copy of the minimal test pack in a temporary folder, to break one way per test. */
final class PackFixture {

  private final Path folder;

  private PackFixture(Path folder) {
    this.folder = folder;
  }

  static PackFixture minimal(Path temp) {
    copy("/packs/minimal", temp);
    return new PackFixture(temp);
  }

  /**
   * Adds guidance files of its own (safety-rules.yaml, resources.yaml, checkin.yaml) that name the
   * minimal pack's concepts and sources; without them the pack inherits the bundled ones.
   */
  PackFixture withGuidance() {
    copy("/packs/guidance", folder);
    return this;
  }

  private static void copy(String resource, Path target) {
    try {
      Path source = Path.of(PackFixture.class.getResource(resource).toURI());
      try (Stream<Path> files = Files.walk(source)) {
        for (Path file : (Iterable<Path>) files::iterator) {
          Path to = target.resolve(source.relativize(file).toString());
          if (Files.isDirectory(file)) {
            Files.createDirectories(to);
          } else {
            Files.copy(file, to);
          }
        }
      }
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Replaces the one occurrence of {@code from} in {@code file}; fails if it is not there exactly once. */
  PackFixture replace(String file, String from, String to) {
    try {
      Path path = folder.resolve(file);
      String text = Files.readString(path);
      int at = text.indexOf(from);
      if (at < 0 || text.indexOf(from, at + 1) >= 0) {
        throw new IllegalArgumentException("'" + from + "' is not in " + file + " exactly once");
      }
      Files.writeString(path, text.replace(from, to));
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  PackFixture append(String file, String text) {
    try {
      Path path = folder.resolve(file);
      Files.writeString(path, (Files.exists(path) ? Files.readString(path) : "") + text);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  PackFixture delete(String file) {
    try {
      Files.delete(folder.resolve(file));
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every problem {@link TrustAtlas#validate} finds in this pack. */
  java.util.List<PackProblem> problems() {
    return TrustAtlas.validate(folder);
  }

  Path folder() {
    return folder;
  }
}
