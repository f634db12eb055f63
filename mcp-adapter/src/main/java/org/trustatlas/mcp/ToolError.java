package org.trustatlas.mcp;

/**
 * A tool was called with arguments it cannot use. The message names the argument, the bad value and
 * the nearest valid one; the call answers it as a tool error ({@code isError}), never a protocol
 * failure, so the assistant can read it and try again.
 */
final class ToolError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  ToolError(String message) {
    super(message, null, false, false);
  }

  /** {@code IllegalArgumentException}s of core and the facade already name the value and the nearest. */
  static ToolError from(String argument, IllegalArgumentException invalid) {
    return new ToolError(argument + ": " + invalid.getMessage());
  }
}
