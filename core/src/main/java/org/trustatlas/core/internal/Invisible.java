package org.trustatlas.core.internal;

import java.util.regex.Pattern;

/**
 * Characters that are in a text but not seen, read the same way wherever a reader's words are read
 * (the danger vocabulary and the search index). A zero-width space marks where a word ends, as
 * Unicode's word boundaries (UAX #29) have it; the invisible separator (U+2063) and the Mongolian
 * vowel separator (U+180E), which those rules ignore, are read the same way, as their names say:
 * each reads as a space, so "he\u200Bhits\u200Bme" is three words. Every other format character
 * (Unicode's Cf, in any plane: a soft hyphen, the zero-width joiner and
 * non-joiner, the word joiner, a byte-order mark, direction marks) belongs to no word and goes where
 * it stands, so "chea\u00ADting" is "cheating".
 */
public final class Invisible {

  private Invisible() {}

  /** The zero-width space, the invisible separator and the Mongolian vowel separator. */
  private static final String SEPARATING = "\u200B\u2063\u180E";

  /** The invisible characters that part words: each reads as a space. */
  public static final Pattern SEPARATORS = Pattern.compile("[" + SEPARATING + "]");

  /** Every other invisible character (format, Cf): each is dropped. */
  public static final Pattern DROPPED = Pattern.compile("[\\p{Cf}&&[^" + SEPARATING + "]]");

  private static final Pattern ALL = Pattern.compile("\\p{Cf}");

  /** {@code text} with each separator a space and every other invisible character gone. */
  public static String spaced(String text) {
    if (!hasFormat(text)) {
      return text;
    }
    return DROPPED.matcher(SEPARATORS.matcher(text).replaceAll(" ")).replaceAll("");
  }

  /**
   * {@code text} with every invisible character gone, separators too: a word that a zero-width space
   * was slipped into to hide it ("k\u200Bill") whole again. Only where that reading matters ({@link
   * #partsAWord}), beside {@link #spaced}, never instead of it.
   */
  public static String joined(String text) {
    return hasFormat(text) ? ALL.matcher(text).replaceAll("") : text;
  }

  /**
   * Whether a separator stands between two letters or digits, where {@link #spaced} and {@link
   * #joined} read {@code text} differently: "he\u200Bhits" (two words, or one word split).
   */
  public static boolean partsAWord(String text) {
    for (int i = 1; i + 1 < text.length(); i++) {
      if (SEPARATING.indexOf(text.charAt(i)) >= 0 && Character.isLetterOrDigit(text.charAt(i - 1))
          && Character.isLetterOrDigit(text.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  // Every format character is outside ASCII, and most texts are ASCII.
  // By code point: the tag characters (U+E0020 to U+E007F) are format characters outside the basic
  // plane, written as two chars, neither of which is one.
  private static boolean hasFormat(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c > 0x7f && Character.getType(text.codePointAt(i)) == Character.FORMAT) {
        return true;
      }
    }
    return false;
  }
}
