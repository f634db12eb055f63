package org.trustatlas.content.danger;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
    if (plain.isEmpty()) {
      return List.of();
    }
    String[] words = plain.split(" ");
    for (int i = 0; i < words.length; i++) {
      words[i] = ageOf(words[i]);
    }
    return Arrays.asList(words);
  }

  /**
   * The age in how forums write age and sex together ("me (14f) and my bf (23m)", "m23"): the number
   * alone, so it can fill an age slot; any other word as it is.
   */
  private static String ageOf(String word) {
    int n = word.length();
    if (n == 3 && isNumber(word.substring(0, 2)) && isSex(word.charAt(2))) {
      return word.substring(0, 2);
    }
    if (n == 3 && isSex(word.charAt(0)) && isNumber(word.substring(1))) {
      return word.substring(1);
    }
    return word;
  }

  private static boolean isSex(char c) {
    return c == 'f' || c == 'm';
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

  /** Words that make the number before them an amount of time or a count, never an age. */
  private static final Set<String> UNITS = Set.of("week", "weeks", "wk", "wks", "day", "days", "month", "months",
      "hour", "hours", "hr", "hrs", "minute", "minutes", "min", "mins", "time", "times", "year", "years", "yr", "yrs",
      "pm", "oclock", "stone", "st", "kg", "kgs", "kilo", "kilos", "lb", "lbs", "pound", "pounds", "mile", "miles", "km",
      "mg", "percent");

  /** What a number that is an amount becomes: no phrase has it, so it fills no slot. */
  static final String AMOUNT = "#";

  /**
   * {@code words} with each number that counts time or times ("12 weeks pregnant", "15 years
   * married", "12 times") replaced by {@link #AMOUNT}: only a number on its own, or one followed by
   * "year old", can be someone's age. Phrases allow two other words between theirs, so without this
   * "im 15 years married and my husband is 45" would read as a fifteen-year-old's words.
   */
  static List<String> amounts(List<String> words) {
    List<String> out = new ArrayList<>(words);
    for (int i = 0; i + 1 < out.size(); i++) {
      String next = out.get(i + 1);
      boolean age = (next.equals("year") || next.equals("years")) && i + 2 < out.size() && out.get(i + 2).equals("old");
      if (isNumber(out.get(i)) && UNITS.contains(next) && !age) {
        out.set(i, AMOUNT);
      }
    }
    return out;
  }

  private static boolean isNumber(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) < '0' || word.charAt(i) > '9') {
        return false;
      }
    }
    return !word.isEmpty();
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
