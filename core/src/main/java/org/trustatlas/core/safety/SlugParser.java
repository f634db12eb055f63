package org.trustatlas.core.safety;

import java.util.Arrays;
import org.trustatlas.core.internal.Require;
import org.trustatlas.core.internal.Slugs;
import org.trustatlas.core.internal.Suggestions;

/** Parses enum slugs with an error that names the bad value, the nearest ones and all valid ones. */
final class SlugParser {

  private SlugParser() {}

  static <E extends Enum<E>> E parse(Class<E> type, String slug, String what) {
    return Slugs.parse(type, slug).orElseThrow(() -> new IllegalArgumentException(
        "unknown " + what + " " + Require.quoted(slug)
            + Suggestions.hint(String.valueOf(slug), Arrays.stream(type.getEnumConstants()).map(Slugs::of).toList())
            + "; valid: " + Slugs.all(type)));
  }
}
