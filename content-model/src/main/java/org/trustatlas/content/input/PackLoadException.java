package org.trustatlas.content.input;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A pack could not be loaded. Loading is all-or-nothing: when this is thrown nothing was built, and
 * {@link #problems()} lists every problem found, not only the first.
 */
public class PackLoadException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final transient List<PackProblem> problems;

  public PackLoadException(List<PackProblem> problems) {
    super(problems.size() + " problem(s) in the pack:\n"
        + problems.stream().map(PackProblem::toString).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public List<PackProblem> problems() {
    return problems;
  }
}
