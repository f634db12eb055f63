package org.trustatlas.cli.commands;

import org.trustatlas.content.input.PackProblem;

/** Where a pack problem is, in the {@code file:line:column} form editors and terminals link. */
final class Problems {

  private Problems() {}

  /** {@code file:line:column}, or just {@code file} when the problem concerns the whole file. */
  static String location(PackProblem problem) {
    return problem.line() == 0 ? problem.file() : problem.file() + ":" + problem.line() + ":" + problem.column();
  }
}
