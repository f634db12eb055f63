package org.trustatlas.core.repair;

import java.util.List;

/**
 * A situation names an id the atlas does not have, or has as another kind. Carries what front ends
 * need for a precise error: the field, the bad value, the nearest ids and every valid one.
 */
public class UnknownConceptException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String field;
  private final String value;
  private final transient List<String> suggestions;
  private final transient List<String> valid;

  UnknownConceptException(String field, String value, String problem, List<String> suggestions, List<String> valid) {
    super(problem + hint(suggestions) + "; valid " + field + "s: " + String.join(", ", valid));
    this.field = field;
    this.value = value;
    this.suggestions = List.copyOf(suggestions);
    this.valid = List.copyOf(valid);
  }

  private static String hint(List<String> suggestions) {
    return suggestions.isEmpty() ? "" : "; did you mean '" + String.join("' or '", suggestions) + "'?";
  }

  /** Which input was wrong: {@code challenge} or {@code aggravator}. */
  public String field() {
    return field;
  }

  /** The id that names no concept, as given. */
  public String value() {
    return value;
  }

  /** The nearest valid ids, best first; empty when none is near. */
  public List<String> suggestions() {
    return suggestions;
  }

  /** Every id that would have been accepted. */
  public List<String> valid() {
    return valid;
  }
}
