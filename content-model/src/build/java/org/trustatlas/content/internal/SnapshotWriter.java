package org.trustatlas.content.internal;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Build step: validates the bundled pack and writes its {@link PackSnapshot}. A pack with problems
 * fails the build here, with every problem listed, long before a reader could meet it.
 */
public final class SnapshotWriter {

  private SnapshotWriter() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: SnapshotWriter PACK_FOLDER OUTPUT_FOLDER");
    }
    PackSnapshot.write(PackReader.read(Path.of(args[0])), Path.of(args[1]));
  }
}
