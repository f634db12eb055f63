package org.trustatlas.web.violations;

import java.util.List;
import org.trustatlas.content.internal.PackReader;
import org.trustatlas.core.internal.Suggestions;

/** A front end that uses core's helpers and reads a pack itself: what AdapterRules.useNoInternals forbids. */
final class UsesInternals {

  String hint(String typed) {
    return Suggestions.hint(typed, List.of("hurt-partner", "involved-partner"));
  }

  Object read(java.nio.file.Path folder) {
    return PackReader.read(folder);
  }
}
