package org.trustatlas.core.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * "Did you mean" for mistyped ids and names, so every front end suggests the same neighbours.
 * Ranks by edit distance and keeps only close candidates: a name the input starts, or one within a
 * third of the input's length (two edits at least) and fewer edits than the shorter of the two has
 * letters (code points, NFC).
 */
public final class Suggestions {

  private Suggestions() {}

  /**
   * Up to {@code limit} candidates closest to {@code input}, nearest first; empty when none is close.
   * Both are read NFC-normalised and measured in code points, so a letter typed decomposed ("e" and a
   * combining accent) or outside the Basic Multilingual Plane counts as the one letter it is. A name
   * the input starts is near however short the input ("i" suggests {@code infidelity}), as tools that
   * complete a prefix suggest; any other must keep some of what was typed.
   */
  public static List<String> nearest(String input, Collection<?> candidates, int limit) {
    if (input.isBlank()) {
      return List.of(); // every name starts with nothing, so nothing would be near all of them
    }
    int[] needle = letters(input);
    int threshold = Math.max(2, needle.length / 3);
    return candidates.stream()
        .map(Object::toString)
        .map(c -> scored(needle, c, threshold))
        // near when the input starts the name, or within the threshold and keeping some of what was
        // typed: "x" is two edits from "ed" and "sex", which replace all of it, and suggests neither
        .filter(s -> s.starts || s.distance <= threshold && s.distance < Math.min(needle.length, s.length))
        .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::value))
        .limit(limit)
        .map(Scored::value)
        .toList();
  }

  /** {@code text} NFC-normalised and lower-cased, as code points. */
  private static int[] letters(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).codePoints().toArray();
  }

  private static Scored scored(int[] needle, String candidate, int threshold) {
    int[] name = letters(candidate);
    boolean starts = needle.length <= name.length && Arrays.equals(needle, 0, needle.length, name, 0, needle.length);
    return new Scored(candidate, name.length, starts, score(needle, name, starts, threshold));
  }

  /** "; did you mean 'a' or 'b'?" or the empty string. */
  public static String hint(String input, Collection<?> candidates) {
    List<String> near = nearest(input, candidates, 3);
    if (near.isEmpty()) {
      return "";
    }
    return "; did you mean '" + String.join("' or '", near) + "'?";
  }

  /**
   * How far apart the two are, or more than {@code threshold} without working it out: the distance
   * is at least the difference in length, so an input far longer than every candidate (an 8 KB id
   * sent to the API) costs a comparison of lengths per candidate, not a table of 8,000 rows for each.
   */
  private static int score(int[] input, int[] candidate, boolean starts, int threshold) {
    if (starts || input.length > candidate.length && Arrays.equals(candidate, 0, candidate.length, input, 0,
        candidate.length)) {
      return Math.min(1, Math.abs(candidate.length - input.length));
    }
    if (Math.abs(candidate.length - input.length) > threshold) {
      return threshold + 1;
    }
    return distance(input, candidate);
  }

  /** Damerau-Levenshtein (optimal string alignment), so a swapped pair of letters costs one. */
  static int distance(String a, String b) {
    return distance(a.codePoints().toArray(), b.codePoints().toArray());
  }

  private static int distance(int[] a, int[] b) {
    int[][] d = new int[a.length + 1][b.length + 1];
    for (int i = 0; i <= a.length; i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length; j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length; i++) {
      for (int j = 1; j <= b.length; j++) {
        int cost = a[i - 1] == b[j - 1] ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length][b.length];
  }

  private record Scored(String value, int length, boolean starts, int distance) {}
}
