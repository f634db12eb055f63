package org.trustatlas.cli.commands;

/**
 * The command could not do what was asked: an unknown id, an invalid pack, a failed validation.
 * Its message is the one line the user sees on stderr; the exit code is 1. Usage mistakes are
 * picocli's {@code ParameterException} instead, exit code 2.
 */
public final class Failure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final boolean usage;

  public Failure(String message) {
    this(message, null, false);
  }

  public Failure(String message, Throwable cause) {
    this(message, cause, false);
  }

  private Failure(String message, Throwable cause, boolean usage) {
    super(message, cause);
    this.usage = usage;
  }

  /**
   * A usage mistake found where no command line is at hand to raise picocli's exception (a pack
   * folder named by {@code --pack} or {@code validate} that is no folder): exit code 2, said as
   * picocli's are, with the command whose help explains it.
   */
  public static Failure usage(String message) {
    return new Failure(message, null, true);
  }

  /** As {@link #usage(String)}, with what caused it, for {@code --verbose}. */
  public static Failure usage(String message, Throwable cause) {
    return new Failure(message, cause, true);
  }

  public boolean usage() {
    return usage;
  }
}
