package org.trustatlas.content;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;
import org.trustatlas.content.internal.AtlasSnapshot;
import org.trustatlas.content.internal.PackReader;
import org.trustatlas.core.model.Atlas;

/** Finds the pack that ships inside this jar, whether it runs from a jar or from a build folder. */
final class BundledPack {

  static final String RESOURCE = "/org/trustatlas/content/bundled/pack.yaml";
  static final String SNAPSHOT = "/org/trustatlas/content/bundled/atlas.snapshot";

  private BundledPack() {}

  /**
   * The bundled atlas: from the snapshot the build wrote, or, where there is none (an IDE that
   * skipped the build step), from the YAML files themselves.
   */
  static Atlas atlas() {
    try (InputStream in = BundledPack.class.getResourceAsStream(SNAPSHOT)) {
      if (in != null) {
        return AtlasSnapshot.read(new DataInputStream(new BufferedInputStream(in)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the bundled snapshot is unreadable; rebuild with ./mvnw package", e);
    }
    return PackReader.read(folder()).atlas();
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
