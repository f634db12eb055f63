package org.trustatlas.content.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.trustatlas.core.internal.OwnResource;

/** Reads the files that ship in the jar beside the export code. */
final class Resources {

  private Resources() {}

  static String text(String resource) {
    try (InputStream in = OwnResource.open(Resources.class, resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the class path; the jar is incomplete");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
