package org.trustatlas.content.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.trustatlas.content.danger.DangerVocabulary;
import org.trustatlas.content.search.SearchIndex;
import org.trustatlas.core.internal.Lazy;
import org.trustatlas.core.internal.OwnResource;
import org.trustatlas.core.model.Atlas;
import org.trustatlas.core.safety.SafetyGate;

/**
 * Everything the bundled pack needs at run time, written once by the build as one resource per part
 * ({@code atlas}, {@code guidance}, {@code danger}, {@code dynamics}, {@code search}) and read part by
 * part, each when first needed: a command that only lists concepts never reads the guidance or the
 * index, and a plan never reads the danger vocabulary.
 *
 * <p>Adding pack data means adding it to a part's writer and reader (or a new part here, in {@link
 * #write} and {@link #read}); {@code PackSnapshotTest} compares every field of the pack read from
 * the snapshot with the pack read from YAML and fails on any the snapshot does not carry.
 */
public final class PackSnapshot {

  /** Where the bundled pack's parts live on the class path. */
  public static final String RESOURCES = "/org/trustatlas/content/bundled/snapshot/";

  private PackSnapshot() {}

  /** Writes every part of {@code pack}, and the search index of its atlas, into {@code folder}. */
  public static void write(LoadedPack pack, Path folder) throws IOException {
    Files.createDirectories(folder);
    write(folder, AtlasSnapshot.PART, out -> AtlasSnapshot.write(pack.atlas(), out));
    write(folder, GuidanceSnapshot.PART, out -> GuidanceSnapshot.write(pack.guidance(), out));
    write(folder, DangerSnapshot.PART, out -> DangerSnapshot.write(pack.guidance().danger(), out));
    write(folder, DynamicsSnapshot.PART, out -> DynamicsSnapshot.write(pack.dynamics(), out));
    write(folder, SearchSnapshot.PART, out -> SearchSnapshot.write(SearchIndex.bytes(pack.atlas()), out));
  }

  /** Every part but the index, read at once: what the bundled pack holds, for comparing with its YAML. */
  public static Optional<LoadedPack> read() {
    return atlas().map(atlas -> new LoadedPack(atlas, dynamics().orElseThrow(),
        guidance(() -> atlas, Lazy.of(() -> danger().orElseThrow())).orElseThrow()));
  }

  /** The bundled concept graph; empty when this build has no snapshot (an IDE that skipped the build step). */
  public static Optional<Atlas> atlas() {
    return read(AtlasSnapshot.PART, AtlasSnapshot::read);
  }

  /** The bundled guidance, joined to the atlas once its own parts are read; it holds {@code danger} unread. */
  public static Optional<GuidanceContent> guidance(Supplier<Atlas> atlas, Lazy<DangerVocabulary> danger) {
    return read(GuidanceSnapshot.PART, in -> GuidanceSnapshot.read(in, atlas, danger));
  }

  /** The bundled danger vocabulary, with the matching forms the build expanded. */
  public static Optional<DangerVocabulary> danger() {
    return read(DangerSnapshot.PART, DangerSnapshot::read);
  }

  /** The bundled safety gate, read from the start of the guidance part without the rest of it. */
  public static Optional<SafetyGate> gate() {
    return read(GuidanceSnapshot.PART, GuidanceSnapshot::gate);
  }

  public static Optional<DynamicsContent> dynamics() {
    return read(DynamicsSnapshot.PART, DynamicsSnapshot::read);
  }

  /** The bundled pack's search index, as {@link SearchIndex#bytes} wrote it. */
  public static Optional<byte[]> searchIndex() {
    return read(SearchSnapshot.PART, SearchSnapshot::read);
  }

  private static <T> Optional<T> read(String part, SnapshotIn.Reader<T> reader) {
    try (InputStream in = OwnResource.open(PackSnapshot.class, RESOURCES + part + ".bin")) {
      return in == null ? Optional.empty() : Optional.of(reader.read(new SnapshotIn(in)));
    } catch (IOException e) {
      throw new UncheckedIOException("the bundled snapshot part '" + part + "' is unreadable; rebuild with "
          + "./mvnw package", e);
    }
  }

  private interface Part {
    void write(SnapshotOut out) throws IOException;
  }

  private static void write(Path folder, String part, Part writer) throws IOException {
    try (OutputStream file = Files.newOutputStream(folder.resolve(part + ".bin"))) {
      writer.write(new SnapshotOut(new BufferedOutputStream(file)));
    }
  }
}
