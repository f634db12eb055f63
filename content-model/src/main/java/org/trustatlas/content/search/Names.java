package org.trustatlas.content.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.trustatlas.core.model.Concept;

/**
 * Whether a reader's words name a concept: the words of its label, or of one of its aliases, stand
 * in the reader's words one after another, compared by stem ("kill myself", "safety plan",
 * "strangulation"). Unlike the index, this keeps the little words and their order: otherwise "kill
 * myself" would be named by any "killing", and "watches me" by "watches porn ... with me". Each
 * concept's names are split on the first search that asks about that concept, and kept.
 */
final class Names {

  /** Most words of a text looked at: a query is at most 500 characters. */
  private static final int MAX_WORDS = 128;

  private final AtomicReferenceArray<List<List<String>>> byDocument;

  Names(int documents) {
    this.byDocument = new AtomicReferenceArray<>(documents);
  }

  /**
   * The stems of every word of {@code text}, little words too, as {@link Stems} makes them ("abuser"
   * kept whole); apostrophes dropped ("couldn't" is "couldnt"). A word beyond plain ASCII is kept as
   * written, lower-cased: compared, never analysed, so no text can fail here.
   */
  static List<String> stems(String text) {
    String folded = text.toLowerCase(Locale.ROOT).replace("'", "").replace("\u2019", "");
    List<String> stems = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= folded.length() && stems.size() < MAX_WORDS; i++) {
      boolean inWord = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
      if (inWord && start < 0) {
        start = i;
      } else if (!inWord && start >= 0) {
        stems.add(stem(folded.substring(start, i)));
        start = -1;
      }
    }
    return stems;
  }

  private static String stem(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) >= 0x7f) {
        return word;
      }
    }
    return Stems.of(word);
  }

  boolean named(int doc, Concept concept, List<String> said) {
    for (List<String> name : names(doc, concept)) {
      if (Collections.indexOfSubList(said, name) >= 0) {
        return true;
      }
    }
    return false;
  }

  private List<List<String>> names(int doc, Concept concept) {
    List<List<String>> names = byDocument.get(doc);
    if (names == null) {
      List<List<String>> made = new ArrayList<>();
      made.add(stems(concept.label()));
      concept.info().aliases().forEach(alias -> made.add(stems(alias)));
      made.removeIf(List::isEmpty);
      names = List.copyOf(made);
      byDocument.set(doc, names);
    }
    return names;
  }
}
