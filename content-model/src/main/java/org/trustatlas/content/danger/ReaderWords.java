package org.trustatlas.content.danger;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A reader's text as words to match: accents folded, lower case, apostrophes dropped ("don't" and
 * "dont" meet), anything else that is not a letter or digit a space; then the pack's spellings
 * (common misspellings and slang: "kil" is "kill", "wanna" is "want to") replace whole words.
 */
final class ReaderWords {

  /** Longest spelling, in words, that replacement looks for. */
  static final int MAX_SPELLING_WORDS = 3;

  private ReaderWords() {}

  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern APOSTROPHES = Pattern.compile("['\u2019\u2018`]");
  private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

  static List<String> split(String text) {
    // Plain ASCII, most of what readers and the pack write, has no accent to fold.
    String folded = isAscii(text) ? text : MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
    String lower = APOSTROPHES.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("");
    String plain = NOT_WORD.matcher(lower).replaceAll(" ").strip();
    return plain.isEmpty() ? List.of() : Arrays.asList(plain.split(" "));
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > 0x7f) {
        return false;
      }
    }
    return true;
  }

  /**
   * Each word with every run of one letter written once ("grabbed" and "grabed" are both "grabed"):
   * readers often double a letter or leave one out, and the slip rarely turns one danger word into
   * another.
   */
  static List<String> singleLetters(List<String> words) {
    List<String> single = new ArrayList<>(words.size());
    for (String word : words) {
      StringBuilder once = new StringBuilder(word.length());
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        if (i == 0 || c != word.charAt(i - 1) || c < 'a' || c > 'z') {
          once.append(c);
        }
      }
      single.add(once.toString());
    }
    return List.copyOf(single);
  }

  /** {@code words} with every spelling replaced, longest match first, left to right. */
  static List<String> respell(List<String> words, Map<String, List<String>> spellings) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      int taken = 0;
      for (int n = Math.min(MAX_SPELLING_WORDS, words.size() - i); n >= 1 && taken == 0; n--) {
        List<String> meant = spellings.get(String.join(" ", words.subList(i, i + n)));
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
