package org.trustatlas.content.read;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.trustatlas.core.internal.Slugs;
import org.trustatlas.core.internal.Suggestions;

/**
 * A closed set of words a front end accepts (roles, flags, relation kinds, concept kinds, regions),
 * with the one did-you-mean every front end gives for a word not in it.
 *
 * @param noun what one word is called in messages, such as "relation"
 * @param words the valid words, in the order they are listed
 */
public record Vocabulary(String noun, List<String> words) {

  public Vocabulary {
    Objects.requireNonNull(noun, "noun");
    words = List.copyOf(words);
  }

  /** An enum's constants spelled as slugs ({@code leads-to}), in declaration order. */
  public static <E extends Enum<E>> Vocabulary of(Class<E> type, String noun) {
    return new Vocabulary(noun, Arrays.stream(type.getEnumConstants()).map(Slugs::of).toList());
  }

  /** The constant of {@code type} spelled {@code typed}, if any. */
  public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String typed) {
    return Slugs.parse(type, typed);
  }

  /** Up to three valid words nearest to {@code typed}, nearest first. */
  public List<String> nearest(String typed) {
    return Suggestions.nearest(typed, words, ConceptNames.MAX_SUGGESTIONS);
  }

  /** "; did you mean 'a' or 'b'?" or the empty string. */
  public String hint(String typed) {
    List<String> near = nearest(typed);
    return near.isEmpty() ? "" : "; did you mean '" + String.join("' or '", near) + "'?";
  }

  /** The valid words joined by ", ". */
  public String listed() {
    return String.join(", ", words);
  }
}
