package org.trustatlas.content.internal;

import java.io.IOException;

/**
 * The snapshot part for the search index: the arrays the build read out of the Lucene index it made
 * (see {@link org.trustatlas.content.search.SearchIndex#bytes}), so no reader waits for indexing.
 */
public final class SearchSnapshot {

  static final String PART = "search";

  private SearchSnapshot() {}

  public static void write(byte[] index, SnapshotOut out) throws IOException {
    out.bytes(index);
    out.end(PART);
  }

  public static byte[] read(SnapshotIn in) throws IOException {
    byte[] index = in.bytes();
    in.end(PART);
    return index;
  }
}
