package org.trustatlas.content.input;

import java.util.Objects;

/**
 * Input that was refused before anything was done with it, with where and why. The message never
 * quotes more than a few characters of the input, and never a control character.
 */
public final class InputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Why the input was refused: it could not be read at all (missing, not a regular file, not UTF-8
   * text), it is too large for a limit, or it is not in the form it must have.
   */
  public enum Reason { UNREADABLE, TOO_LARGE, MALFORMED }

  private final transient PackProblem problem;
  private final Reason reason;

  private InputException(Reason reason, PackProblem problem) {
    super(problem.toString(), null, false, false);
    this.reason = Objects.requireNonNull(reason);
    this.problem = problem;
  }

  public static InputException malformed(String name, int line, int column, String pointer, String message) {
    return new InputException(Reason.MALFORMED, new PackProblem(name, line, column, pointer, message));
  }

  public static InputException unreadable(String name, String message) {
    return new InputException(Reason.UNREADABLE, new PackProblem(name, 0, 0, "", message));
  }

  public static InputException tooLarge(String name, int line, int column, String pointer, String message) {
    return new InputException(Reason.TOO_LARGE, new PackProblem(name, line, column, pointer, message));
  }

  /** Where (file or body name, line, column, JSON pointer) and what, in words a person understands. */
  public PackProblem problem() {
    return problem;
  }

  public Reason reason() {
    return reason;
  }

  public boolean tooLarge() {
    return reason == Reason.TOO_LARGE;
  }
}
