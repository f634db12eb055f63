package org.trustatlas.web.http;

/** Carries a {@link Problem} out of a handler; no stack trace is kept because none is ever shown. */
public final class ProblemException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final transient Problem problem;

  ProblemException(Problem problem) {
    super(problem.detail(), null, false, false);
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }
}
