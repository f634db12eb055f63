package org.trustatlas.mcp;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tool failed inside (a bug, not a mistake in its arguments). The SDK answers any exception from a
 * tool as an internal error carrying the exception's message, and its own log of it is off (it
 * quotes the request); this exception's message is only the failure's class, which McpMessages
 * logs and replaces with "Internal error" for the client. Nothing the client sent is in it.
 */
final class ToolFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private static final String PREFIX = "tool failure: ";
  private static final Pattern MESSAGE = Pattern.compile(Pattern.quote(PREFIX) + "([\\w.$]{1,200})");

  ToolFailure(RuntimeException failure) {
    super(PREFIX + failure.getClass().getName(), null, false, false);
  }

  /** The class of the failure an internal error's {@code message} names, if it is this exception's. */
  static Optional<String> failureClass(String message) {
    Matcher named = MESSAGE.matcher(message == null ? "" : message);
    return named.matches() ? Optional.of(named.group(1)) : Optional.empty();
  }
}
