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

/** Finds the pack that ships inside this jar, whether it runs from a jar or from a build folder. */
final class BundledPack {

  static final String RESOURCE = "/org/trustatlas/content/bundled/pack.yaml";

  private BundledPack() {}

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
