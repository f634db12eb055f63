package org.trustatlas.content.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The snapshot part for the search index: the files of the committed index the build made (see
 * {@link org.trustatlas.content.search.SearchIndex}), by name, read back and opened read-only, so no
 * reader waits for indexing.
 */
public final class SearchSnapshot {

  static final String PART = "search";

  private SearchSnapshot() {}

  public static void write(Map<String, byte[]> files, SnapshotOut out) throws IOException {
    List<String> names = new ArrayList<>(files.keySet());
    names.sort(null);
    out.list(names, (o, name) -> {
      o.text(name);
      o.bytes(files.get(name));
    });
    out.end(PART);
  }

  public static Map<String, byte[]> read(SnapshotIn in) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (int count = in.number(); count > 0; count--) {
      files.put(in.text(), in.bytes());
    }
    in.end(PART);
    return files;
  }
}
