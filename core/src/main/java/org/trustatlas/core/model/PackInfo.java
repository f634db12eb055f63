package org.trustatlas.core.model;

import java.util.Objects;
import org.trustatlas.core.internal.Require;

/** Which content pack an atlas was built from: readers and exports show it with every answer. */
public record PackInfo(String id, String version, String language, String title, String description) {

  public PackInfo {
    id = Require.text(id, "pack id");
    if (!ConceptId.isValid(id)) {
      throw new IllegalArgumentException("pack id '" + id + "' must be lower-kebab-case");
    }
    version = Require.text(version, "pack version");
    language = Require.text(language, "pack language");
    title = Require.text(title, "pack title");
    Objects.requireNonNull(description, "pack description must not be null");
  }
}
