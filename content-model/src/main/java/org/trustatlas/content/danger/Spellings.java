package org.trustatlas.content.danger;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A pack's spellings by the words a reader writes (joined by one space), and every run of words a
 * spelling of two or more words starts with: a word that starts none is tried alone, without
 * joining it to the words after it, which is most words of most texts.
 */
record Spellings(Map<String, List<String>> byWords, Set<String> starts) {

  static Spellings of(Map<String, List<String>> byWords) {
    Set<String> starts = new HashSet<>();
    for (String written : byWords.keySet()) {
      for (int space = written.indexOf(' '); space >= 0; space = written.indexOf(' ', space + 1)) {
        starts.add(written.substring(0, space));
      }
    }
    // In the order given: the build writes them into the snapshot, which must come out the same each time.
    return new Spellings(Collections.unmodifiableMap(new LinkedHashMap<>(byWords)), Set.copyOf(starts));
  }

  /** {@code words} with every spelling replaced, longest match first, left to right. */
  List<String> respell(List<String> words) {
    List<String> out = new ArrayList<>(words.size());
    int i = 0;
    while (i < words.size()) {
      int taken = 0;
      for (int n = Math.min(ReaderWords.MAX_SPELLING_WORDS, words.size() - i); n >= 1 && taken == 0; n--) {
        if (n > 1 && !starts.contains(words.get(i))) {
          continue;
        }
        List<String> meant = byWords.get(n == 1 ? words.get(i) : String.join(" ", words.subList(i, i + n)));
        if (meant != null) {
          out.addAll(meant);
          taken = n;
        }
      }
      if (taken == 0) {
        out.add(words.get(i));
        taken = 1;
      }
      i += taken;
    }
    return out;
  }
}
