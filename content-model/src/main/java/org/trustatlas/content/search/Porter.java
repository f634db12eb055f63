package org.trustatlas.content.search;

/**
 * The Porter stemmer exactly as Lucene's {@code PorterStemFilter} applies it (a port of Lucene 9's
 * package-private {@code PorterStemmer}, itself Martin Porter's reference implementation, under the
 * Apache License 2.0), for stemming a reader's words without starting Lucene's analysis: its first
 * use reads the JVM's management beans, 50 to 70 ms of a cold start. {@code PorterTest} holds it
 * equal to Lucene's on every word of the pack and tens of thousands of made-up ones. Lower-case
 * words in, as Lucene's filter chain gives them; one instance per call, so it is thread-safe.
 */
final class Porter {

  private final char[] b;
  /** The end of the word being stemmed, and the end of the stem a suffix test leaves. */
  private int k;
  private int j;

  private Porter(String word) {
    this.b = word.toCharArray();
    this.k = b.length - 1;
  }

  /** The stem of a lower-case word. */
  static String stem(String word) {
    if (word.length() < 3) {
      return word;
    }
    Porter porter = new Porter(word);
    porter.step1();
    porter.step2();
    porter.step3();
    porter.step4();
    porter.step5();
    porter.step6();
    return new String(porter.b, 0, porter.k + 1);
  }

  private boolean consonant(int i) {
    switch (b[i]) {
      case 'a', 'e', 'i', 'o', 'u':
        return false;
      case 'y':
        return i == 0 || !consonant(i - 1);
      default:
        return true;
    }
  }

  /** Porter's m: the number of vowel-consonant sequences in b[0..j], each a vowel followed by a consonant. */
  private int measure() {
    int n = 0;
    for (int i = 1; i <= j; i++) {
      if (consonant(i) && !consonant(i - 1)) {
        n++;
      }
    }
    return n;
  }

  private boolean vowelInStem() {
    for (int i = 0; i <= j; i++) {
      if (!consonant(i)) {
        return true;
      }
    }
    return false;
  }

  private boolean doubleConsonant(int at) {
    return at >= 1 && b[at] == b[at - 1] && consonant(at);
  }

  /** Consonant, vowel, consonant at {@code at}, the last not w, x or y ("hop", not "snow"). */
  private boolean cvc(int at) {
    if (at < 2 || !consonant(at) || consonant(at - 1) || !consonant(at - 2)) {
      return false;
    }
    char last = b[at];
    return last != 'w' && last != 'x' && last != 'y';
  }

  private boolean ends(String suffix) {
    int length = suffix.length();
    int offset = k - length + 1;
    if (offset < 0) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (b[offset + i] != suffix.charAt(i)) {
        return false;
      }
    }
    j = k - length;
    return true;
  }

  // Lucene's buffer can grow; a stem is never longer than its word, so this one never needs to.
  private void setTo(String ending) {
    int length = ending.length();
    for (int i = 0; i < length; i++) {
      b[j + 1 + i] = ending.charAt(i);
    }
    k = j + length;
  }

  private void replaceIfMeasured(String ending) {
    if (measure() > 0) {
      setTo(ending);
    }
  }

  /** Plurals and -ed or -ing: caresses, ponies, cats; agreed, disabled, matting, meetings. */
  private void step1() {
    if (b[k] == 's') {
      if (ends("sses")) {
        k -= 2;
      } else if (ends("ies")) {
        setTo("i");
      } else if (b[k - 1] != 's') {
        k--;
      }
    }
    if (ends("eed")) {
      if (measure() > 0) {
        k--;
      }
    } else if ((ends("ed") || ends("ing")) && vowelInStem()) {
      k = j;
      if (ends("at")) {
        setTo("ate");
      } else if (ends("bl")) {
        setTo("ble");
      } else if (ends("iz")) {
        setTo("ize");
      } else if (doubleConsonant(k)) {
        char last = b[k--];
        if (last == 'l' || last == 's' || last == 'z') {
          k++;
        }
      } else if (measure() == 1 && cvc(k)) {
        setTo("e");
      }
    }
  }

  /** A final y becomes i when the stem has a vowel. */
  private void step2() {
    if (ends("y") && vowelInStem()) {
      b[k] = 'i';
    }
  }

  /**
   * Step 3's double suffixes and what each becomes (-ization to -ize, -ational to -ate), in Porter's
   * order. At most one can end a word where Porter's switch on the next-to-last letter would look:
   * every suffix that ends the word has that letter there.
   */
  private static final String[][] DOUBLE_SUFFIXES = {
      {"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"}, {"anci", "ance"}, {"izer", "ize"}, {"bli", "ble"},
      {"alli", "al"}, {"entli", "ent"}, {"eli", "e"}, {"ousli", "ous"}, {"ization", "ize"}, {"ation", "ate"},
      {"ator", "ate"}, {"alism", "al"}, {"iveness", "ive"}, {"fulness", "ful"}, {"ousness", "ous"}, {"aliti", "al"},
      {"iviti", "ive"}, {"biliti", "ble"}, {"logi", "log"}};

  /** Step 4's suffixes: -icate, -ative, -alize, -iciti, -ical, -ful, -ness. */
  private static final String[][] SUFFIXES = {
      {"icate", "ic"}, {"ative", ""}, {"alize", "al"}, {"iciti", "ic"}, {"ical", "ic"}, {"ful", ""}, {"ness", ""}};

  /** Double suffixes to single ones. */
  private void step3() {
    if (k > 0) {
      replaceFirst(DOUBLE_SUFFIXES);
    }
  }

  /** -ic-, -full, -ness and the like. */
  private void step4() {
    replaceFirst(SUFFIXES);
  }

  // The first suffix of the table that ends the word is replaced, where the stem is long enough.
  private void replaceFirst(String[][] table) {
    for (String[] suffix : table) {
      if (ends(suffix[0])) {
        replaceIfMeasured(suffix[1]);
        return;
      }
    }
  }

  /** -ant, -ence and the like, where the stem is long enough (measure above one). */
  private void step5() {
    if (k == 0) {
      return;
    }
    boolean found = switch (b[k - 1]) {
      case 'a' -> ends("al");
      case 'c' -> ends("ance") || ends("ence");
      case 'e' -> ends("er");
      case 'i' -> ends("ic");
      case 'l' -> ends("able") || ends("ible");
      case 'n' -> ends("ant") || ends("ement") || ends("ment") || ends("ent");
      case 'o' -> ends("ion") && j >= 0 && (b[j] == 's' || b[j] == 't') || ends("ou");
      case 's' -> ends("ism");
      case 't' -> ends("ate") || ends("iti");
      case 'u' -> ends("ous");
      case 'v' -> ends("ive");
      case 'z' -> ends("ize");
      default -> false;
    };
    if (found && measure() > 1) {
      k = j;
    }
  }

  /** A final e goes where the stem is long enough, and a final double l becomes one. */
  private void step6() {
    j = k;
    if (b[k] == 'e') {
      int measure = measure();
      if (measure > 1 || measure == 1 && !cvc(k - 1)) {
        k--;
      }
    }
    if (b[k] == 'l' && doubleConsonant(k) && measure() > 1) {
      k--;
    }
  }
}
