package org.trustatlas.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.trustatlas.content.danger.DangerVocabulary;
import org.trustatlas.content.internal.DynamicsContent;
import org.trustatlas.content.internal.GuidanceContent;
import org.trustatlas.content.internal.PackReader;
import org.trustatlas.content.internal.PackSnapshot;
import org.trustatlas.content.search.ConceptSearch;
import org.trustatlas.core.internal.Lazy;
import org.trustatlas.core.model.Atlas;
import org.trustatlas.core.safety.SafetyGate;

/**
 * The pack that ships inside this jar, part by part: each from the snapshot the build wrote (no YAML
 * parsing, no indexing), or, where there is none (an IDE that skipped the build step), from the YAML
 * files themselves, whether the pack runs from a jar or from a build folder.
 */
final class BundledPack {

  static final String RESOURCE = "/org/trustatlas/content/bundled/pack.yaml";

  private BundledPack() {}

  static Atlas atlas() {
    Optional<Atlas> snapshot = PackSnapshot.atlas();
    return snapshot.isPresent() ? snapshot.get() : PackReader.read(folder()).atlas();
  }

  /** The guidance holds {@code danger} unread: a plan never asks for it. */
  static GuidanceContent guidance(Lazy<Atlas> atlas, Lazy<DangerVocabulary> danger) {
    Optional<GuidanceContent> snapshot = PackSnapshot.guidance(atlas, danger);
    return snapshot.isPresent() ? snapshot.get() : PackReader.readGuidance(folder(), atlas.get());
  }

  static DangerVocabulary danger(Lazy<Atlas> atlas) {
    Optional<DangerVocabulary> snapshot = PackSnapshot.danger();
    return snapshot.isPresent() ? snapshot.get() : PackReader.readGuidance(folder(), atlas.get()).danger();
  }

  /** The safety gate alone: read from the snapshot without the rest of the guidance. */
  static SafetyGate gate(Lazy<Atlas> atlas) {
    Optional<SafetyGate> snapshot = PackSnapshot.gate();
    return snapshot.isPresent() ? snapshot.get() : PackReader.readGuidance(folder(), atlas.get()).gate();
  }

  static DynamicsContent dynamics(Lazy<Atlas> atlas) {
    Optional<DynamicsContent> snapshot = PackSnapshot.dynamics();
    return snapshot.isPresent() ? snapshot.get() : PackReader.readDynamics(folder(), atlas.get());
  }

  /** The shipped index is read before the atlas is asked for: a first search reads both at once. */
  static ConceptSearch search(Lazy<Atlas> atlas) {
    Optional<byte[]> snapshot = PackSnapshot.searchIndex();
    return snapshot.isPresent() ? ConceptSearch.open(atlas, snapshot.get()) : ConceptSearch.index(atlas.get());
  }

  static Path folder() {
    URL url = BundledPack.class.getResource(RESOURCE);
    if (url == null) {
      throw new IllegalStateException("the bundled pack is missing from the class path (" + RESOURCE + ")");
    }
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        try {
          FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException alreadyOpen) {
          // another caller opened the jar first; Path.of(uri) below finds that file system
        }
      }
      return Path.of(uri).getParent();
    } catch (URISyntaxException | IOException e) {
      throw new UncheckedIOException(new IOException("cannot open the bundled pack at " + url, e));
    }
  }
}
