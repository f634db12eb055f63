package org.trustatlas.cli.commands;

/**
 * The command could not do what was asked: an unknown id, an invalid pack, a failed validation.
 * Its message is the one line the user sees on stderr; the exit code is 1. Usage mistakes are
 * picocli's {@code ParameterException} instead, exit code 2.
 */
public final class Failure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public Failure(String message) {
    super(message);
  }

  public Failure(String message, Throwable cause) {
    super(message, cause);
  }
}
