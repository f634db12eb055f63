package org.trustatlas.content.internal;

import java.util.ArrayList;
import java.util.List;
import org.trustatlas.content.input.PackProblem;

/** Collects every problem of one load, so the editor sees them all at once. */
final class Problems {

  private final List<PackProblem> found = new ArrayList<>();

  void add(String file, int line, int column, String pointer, String message) {
    found.add(new PackProblem(file, line, column, pointer, message));
  }

  void add(PackProblem problem) {
    found.add(problem);
  }

  boolean isEmpty() {
    return found.isEmpty();
  }

  List<PackProblem> sorted() {
    return found.stream().sorted().distinct().toList();
  }
}
