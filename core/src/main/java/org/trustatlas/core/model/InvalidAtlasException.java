package org.trustatlas.core.model;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when content breaks the atlas's rules; carries every violation, not just the first. */
public class InvalidAtlasException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;
  private final transient List<Violation> violations;

  public InvalidAtlasException(List<Violation> violations) {
    super(violations.size() + " problem(s): "
        + violations.stream().map(Violation::message).collect(Collectors.joining("; ")));
    this.violations = List.copyOf(violations);
  }

  /** Every rule the content broke, in content order; never empty. */
  public List<Violation> violations() {
    return violations;
  }
}
