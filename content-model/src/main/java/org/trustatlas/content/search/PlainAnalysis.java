package org.trustatlas.content.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@link ReaderAnalyzer}'s analysis of plain ASCII text, done without Lucene: the words as Lucene's
 * {@code StandardTokenizer} finds them (Unicode's word boundaries, UAX #29, as they fall on ASCII:
 * "don't", "3.5", "e.g" and "a:b" stay whole, "1:2" and "e-mail" split), possessives dropped,
 * lower-cased, apostrophes left out ("don't" is "dont"), stop words left out, and Porter's stems ({@link Porter}). Most queries are ASCII;
 * for them a search never starts Lucene's analysis, whose first use reads the JVM's management beans
 * (50 to 70 ms of a cold start). Text with any other character, or with a word too long for the
 * tokenizer, is left to Lucene. {@code PlainAnalysisTest} holds both equal on every test query and
 * on many thousands of random texts.
 */
final class PlainAnalysis {

  /**
   * Lucene's English stop words, then the pronouns and fillers of a reader's question, then "don't",
   * "isn't" and the like as readers write them without the apostrophe: each is two stop words ("do",
   * "not"), and kept, "dont" matched "don't trust" in "i dont want sex". "cant" stays a word: readers'
   * "can't stop", "can't trust" and "can't get hard" say what they cannot do.
   */
  static final List<String> STOP_WORDS = List.of(
      "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no", "not",
      "of", "on", "or", "such", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was",
      "will", "with",
      "i", "me", "my", "mine", "myself", "he", "him", "his", "she", "her", "hers", "we", "us",
      "our", "you", "your", "they", "them", "im", "ive", "do", "does", "did", "how", "what", "why", "when",
      "can", "could", "should", "would", "am", "has", "have", "had", "been", "so", "very", "just", "really",
      "after", "since", "about", "get", "got", "feel", "feeling", "keep", "keeps", "want",
      "off", "without", "from", "too", "all", "any", "some", "anymore", "ever", "still",
      "even", "again",
      "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "wont", "wouldnt", "shouldnt", "couldnt",
      "havent", "hasnt", "hadnt");

  private static final Set<String> STOPPED = Set.copyOf(STOP_WORDS);

  /** A word this long or longer is one Lucene's tokenizer would cut or skip; Lucene analyses its text. */
  private static final int LONGEST = 255;

  private PlainAnalysis() {}

  /**
   * The words of {@code text} as the unstemmed field ("words") analyses them, stop words left out,
   * in order; or null when the text is not plain ASCII, or has a word of {@value #LONGEST} or more
   * characters.
   */
  static @Nullable List<String> words(String text) {
    int length = text.length();
    for (int i = 0; i < length; i++) {
      if (text.charAt(i) >= 0x80) {
        return null;
      }
    }
    List<String> words = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= length; i++) {
      if (i == length || breaksBefore(text, i)) {
        if (!add(words, text, start, i)) {
          return null;
        }
        start = i;
      }
    }
    return words;
  }

  /** The stem of each word ({@link #words}), as every other field analyses them. */
  static List<String> stems(List<String> words) {
    List<String> stems = new ArrayList<>(words.size());
    for (String word : words) {
      stems.add(Porter.stem(word));
    }
    return stems;
  }

  // Adds the segment text[start, end) when it has a letter or a digit (Lucene emits no segment of
  // punctuation or underscores alone) and is no stop word; false when it is too long to analyse here.
  private static boolean add(List<String> words, String text, int start, int end) {
    boolean alphanumeric = false;
    for (int i = start; i < end && !alphanumeric; i++) {
      Kind kind = kind(text.charAt(i));
      alphanumeric = kind == Kind.LETTER || kind == Kind.DIGIT;
    }
    if (!alphanumeric) {
      return true;
    }
    if (end - start >= LONGEST) {
      return false;
    }
    String word = withoutApostrophes(lowerCase(withoutPossessive(text.substring(start, end))));
    if (!STOPPED.contains(word)) {
      words.add(word);
    }
    return true;
  }

  // Whether a word boundary falls between text[i - 1] and text[i]: UAX #29's rules WB5 to WB13b,
  // on the classes ASCII has.
  private static boolean breaksBefore(String text, int i) {
    Kind before = kind(text.charAt(i - 1));
    Kind after = kind(text.charAt(i));
    Kind beforeThat = i >= 2 ? kind(text.charAt(i - 2)) : Kind.OTHER;
    Kind next = i + 1 < text.length() ? kind(text.charAt(i + 1)) : Kind.OTHER;
    boolean joined = switch (before) {
      case LETTER -> after == Kind.LETTER || after == Kind.DIGIT || after == Kind.UNDERSCORE     // WB5, WB9, WB13a
          || midLetter(after) && next == Kind.LETTER;                                            // WB6
      case DIGIT -> after == Kind.DIGIT || after == Kind.LETTER || after == Kind.UNDERSCORE      // WB8, WB10, WB13a
          || midNumber(after) && next == Kind.DIGIT;                                             // WB12
      case UNDERSCORE -> after == Kind.UNDERSCORE || after == Kind.LETTER || after == Kind.DIGIT; // WB13a, WB13b
      case MID_LETTER, MID_NUMBER, MID_BOTH ->
          midLetter(before) && beforeThat == Kind.LETTER && after == Kind.LETTER                 // WB7
          || midNumber(before) && beforeThat == Kind.DIGIT && after == Kind.DIGIT;               // WB11
      case OTHER -> false;
    };
    return !joined;
  }

  // MidLetter, MidNumLet or Single_Quote: what joins two letters.
  private static boolean midLetter(Kind kind) {
    return kind == Kind.MID_LETTER || kind == Kind.MID_BOTH;
  }

  // MidNum, MidNumLet or Single_Quote: what joins two digits.
  private static boolean midNumber(Kind kind) {
    return kind == Kind.MID_NUMBER || kind == Kind.MID_BOTH;
  }

  private enum Kind { LETTER, DIGIT, UNDERSCORE, MID_LETTER, MID_NUMBER, MID_BOTH, OTHER }

  // UAX #29's word-break classes of the ASCII characters: ALetter, Numeric, ExtendNumLet, MidLetter
  // (the colon), MidNum (comma and semicolon), MidNumLet and Single_Quote (full stop, apostrophe).
  private static Kind kind(char c) {
    if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
      return Kind.LETTER;
    }
    if (c >= '0' && c <= '9') {
      return Kind.DIGIT;
    }
    return switch (c) {
      case '_' -> Kind.UNDERSCORE;
      case ':' -> Kind.MID_LETTER;
      case ',', ';' -> Kind.MID_NUMBER;
      case '.', '\'' -> Kind.MID_BOTH;
      default -> Kind.OTHER;
    };
  }

  private static String withoutPossessive(String word) {
    int n = word.length();
    return n >= 2 && word.charAt(n - 2) == '\'' && (word.charAt(n - 1) == 's' || word.charAt(n - 1) == 'S')
        ? word.substring(0, n - 2) : word;
  }

  // "can't" is "cant" and "i'm" is "im" (a stop word), as readers often write them.
  private static String withoutApostrophes(String word) {
    return word.indexOf('\'') < 0 ? word : word.replace("'", "");
  }

  private static String lowerCase(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        char[] chars = word.toCharArray();
        for (int j = i; j < chars.length; j++) {
          if (chars[j] >= 'A' && chars[j] <= 'Z') {
            chars[j] = (char) (chars[j] + ('a' - 'A'));
          }
        }
        return new String(chars);
      }
    }
    return word;
  }
}
