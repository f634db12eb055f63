package org.trustatlas.content.input;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.trustatlas.core.internal.Require;

/**
 * How an error message quotes what was sent: a few characters at most, with control characters
 * written as {@code \u001B}, so a huge or hostile value is never echoed to a terminal or a log.
 */
public final class Quote {

  /** Characters of a value an error message shows; longer values end in an ellipsis. */
  public static final int MAX_CHARS = Require.MAX_SHOWN_CHARS;
  private static final int MAX_REASON_CHARS = 160;
  /** A parser's note naming one of its settings, in brackets. */
  private static final Pattern PARSER_SETTING = Pattern.compile("\\([^()]*\\bFeature '[^']*'[^()]*\\)");

  private Quote() {}

  /** {@code 'value'}, cut to {@link #MAX_CHARS} with control characters and bidirectional controls escaped. */
  public static String of(@Nullable String value) {
    return "'" + bare(value) + "'";
  }

  /** As {@link #of} without the quotes. */
  public static String bare(@Nullable String value) {
    if (value == null) {
      return "";
    }
    // cut between characters, never inside one (half an emoji is a lone surrogate, sent as '?'), then made visible
    return Require.visible(Require.shown(value));
  }

  /**
   * Why {@code text} is not text a reader could have typed, to follow its name ("text holds the control
   * character U+001B (character 6); only line breaks and tabs may appear in text"), or null when it is.
   * It may hold no control character but newline and tab, and no half of a UTF-16 surrogate pair (an
   * escape such as {@code "\\ud800"} spells one: no character, searched, echoed and written out as
   * '?'). The one wording for bodies, files, packs and query values alike.
   */
  public static @Nullable String notText(String text) {
    int control = controlCharacter(text);
    if (control >= 0) {
      return "holds the control character " + codePoint(text.charAt(control)) + " (character " + (control + 1)
          + "); only line breaks and tabs may appear in text";
    }
    int half = loneSurrogate(text);
    if (half >= 0) {
      return "holds half of a UTF-16 surrogate pair, " + codePoint(text.charAt(half)) + " (character " + (half + 1)
          + "), which is no character on its own; text must be whole Unicode characters";
    }
    return null;
  }

  /**
   * Why reviewed text (a pack's, which people review before readers see it) holds a character that
   * hides from its reviewer, to follow its name as {@link #notText} does, or null when it holds none:
   * a bidirectional embedding, override or isolate (U+202A to U+202E, U+2066 to U+2069), which shows
   * the text in another order than it is read (Trojan Source); a zero-width space, word joiner,
   * invisible operator or byte-order mark (U+200B, U+2060 to U+2064, U+FEFF, U+180E), which hides in
   * a word. The zero-width non-joiner and joiner (U+200C, U+200D) are read between two characters
   * they can join (letters, marks, symbols, as Persian, the Indic scripts and emoji need them) and
   * refused elsewhere, and in a key always. Direction marks (U+200E, U+200F, U+061C) set no state and
   * are read.
   */
  public static @Nullable String hidden(String text, boolean key) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Require.isBidiControl(c)) {
        return "holds the invisible bidirectional control " + codePoint(c) + " (character " + (i + 1) + "), which "
            + "shows text in another order than it is read; write the text without it";
      }
      if (c == '\u200B' || c >= '\u2060' && c <= '\u2064' || c == '\uFEFF' || c == '\u180E') {
        return "holds the invisible character " + codePoint(c) + " (character " + (i + 1) + "), which hides in "
            + "a word; write the text without it";
      }
      if ((c == '\u200C' || c == '\u200D') && (key || !joins(text, i))) {
        return "holds the invisible " + (c == '\u200C' ? "non-joiner " : "joiner ") + codePoint(c) + " (character "
            + (i + 1) + "), which joins nothing " + (key ? "in a key" : "here") + "; it may stand only between two "
            + "letters, marks or symbols it joins";
      }
    }
    return null;
  }

  /** Whether the joiner at {@code i} stands between two characters a script or an emoji joins. */
  private static boolean joins(String text, int i) {
    return i > 0 && i + 1 < text.length() && joinable(text.codePointBefore(i)) && joinable(text.codePointAt(i + 1));
  }

  // A skin tone (a modifier symbol) is joined to the next emoji: "woman, medium skin tone, ZWJ, laptop".
  // Emoji newer than the running JDK's Unicode are unassigned to it, and are joined all the same.
  private static boolean joinable(int codePoint) {
    return switch (Character.getType(codePoint)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK,
          Character.COMBINING_SPACING_MARK, Character.OTHER_SYMBOL, Character.MODIFIER_SYMBOL,
          Character.DECIMAL_DIGIT_NUMBER -> true;
      case Character.UNASSIGNED -> codePoint >= 0x1F000 && codePoint <= 0x1FAFF;
      default -> false;
    };
  }

  private static String codePoint(char c) {
    return String.format(Locale.ROOT, "U+%04X", (int) c);
  }

  /** The index of the first surrogate without its other half, or -1. */
  static int loneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /** The index of the first control character other than newline and tab, or -1. */
  public static int controlCharacter(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isControl(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** C0 controls but newline and tab, DEL, and the C1 controls: core's {@link Require#isControl} less those two. */
  public static boolean isControl(char c) {
    return c != '\n' && c != '\t' && Require.isControl(c);
  }

  /**
   * {@code text} with every control character, newline and tab too, and every bidirectional control
   * written as {@code \u001B}: a message quoting a value shows it as sent, in the order it was sent,
   * and nothing in it can move the words around it.
   */
  public static String visible(String text) {
    return Require.visible(text);
  }

  /**
   * A parser's reason, fit to show: its first line, short, without control characters, and without
   * the parser's own class and feature names, which mean nothing to the person who sent the text.
   */
  public static String reason(@Nullable String message) {
    String text = message == null ? "" : message.strip();
    int newline = text.indexOf('\n');
    text = newline < 0 ? text : text.substring(0, newline);
    // "maybe a (non-standard) comment? (not recognized as one since Feature 'ALLOW_COMMENTS' not
    // enabled for parser)": the first half helps the sender, the note names a parser setting.
    text = PARSER_SETTING.matcher(text).replaceAll("").strip();
    if (text.isEmpty() || text.matches(".*(tools\\.jackson|com\\.fasterxml|org\\.snakeyaml|java\\.|JsonToken|Feature\\.|"
        + "Feature '|Constraints|\\.class|Exception).*")) {
      return "the text does not follow its syntax here";
    }
    if (text.length() > MAX_REASON_CHARS) {
      text = text.substring(0, MAX_REASON_CHARS) + "…";
    }
    return visible(text);
  }
}
