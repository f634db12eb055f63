package org.trustatlas.content.internal;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build step: validates the bundled pack and writes its {@link AtlasSnapshot}. A pack with problems
 * fails the build here, with every problem listed, long before a reader could meet it.
 */
public final class SnapshotWriter {

  private SnapshotWriter() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: SnapshotWriter PACK_FOLDER OUTPUT_FILE");
    }
    Path output = Path.of(args[1]);
    try (OutputStream file = Files.newOutputStream(output);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(file))) {
      AtlasSnapshot.write(PackReader.read(Path.of(args[0])).atlas(), out);
    }
  }
}
