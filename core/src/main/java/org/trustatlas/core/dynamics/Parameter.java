package org.trustatlas.core.dynamics;

import java.util.Objects;
import org.trustatlas.core.model.ConceptId;

/**
 * One number of the dynamics model, as a pack states it.
 *
 * @param name the camelCase name, such as {@code asymmetry}
 * @param source the bibliography key of the finding it stands for, such as {@code slovic-1993}
 * @param note one line on how the value was chosen
 */
public record Parameter(String name, double value, String source, String note) {

  public Parameter {
    Objects.requireNonNull(name, "parameter name must not be null");
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("parameter '" + name + "' value " + value + " must be a finite number");
    }
    if (source == null || !ConceptId.isValid(source)) {
      throw new IllegalArgumentException(
          "parameter '" + name + "' source '" + source + "' must be a bibliography key such as slovic-1993");
    }
    if (note == null || note.isBlank()) {
      throw new IllegalArgumentException("parameter '" + name + "' note must not be blank");
    }
    note = note.strip();
  }

  /** The same parameter with another value, keeping its source and note. */
  public Parameter withValue(double newValue) {
    return new Parameter(name, newValue, source, note);
  }
}
