package org.trustatlas.content.danger;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.trustatlas.core.internal.Invisible;

/**
 * A reader's text as words to match: accents gone, invisible characters read as {@link Invisible}
 * reads them, lower case, apostrophes dropped ("don't" and "dont" meet), anything else that is not a
 * letter or digit a space; then the pack's spellings (common misspellings and slang: "kil" is
 * "kill", "wanna" is "want to") replace whole words.
 */
final class ReaderWords {

  /** Longest spelling, in words, that replacement looks for. */
  static final int MAX_SPELLING_WORDS = 3;

  private ReaderWords() {}

  /** Accents, once folded apart. */
  private static final Pattern MARKS = Pattern.compile("\\p{M}");

  /**
   * The words of {@code text}. Characters that are there but not seen are read as {@link Invisible}
   * reads them everywhere: a zero-width space parts two words ("he\u200Bhits\u200Bme"), a soft
   * hyphen or a joiner inside a word goes ("chea\u00ADting").
   */
  static List<String> split(String text) {
    // Plain ASCII, most of what readers and the pack write, has no accent to fold.
    String folded = isAscii(text) ? text
        : MARKS.matcher(Invisible.spaced(Normalizer.normalize(text, Normalizer.Form.NFKD))).replaceAll("");
    String lower = withoutApostrophes(folded.toLowerCase(Locale.ROOT));
    return words(hasDigit(lower) ? Shorthand.numbers(lower) : lower);
  }

  // Apostrophes go ("don't" is "dont"): straight, curly and backtick.
  private static String withoutApostrophes(String text) {
    StringBuilder kept = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\'' && c != '\u2019' && c != '\u2018' && c != '`') {
        kept.append(c);
      }
    }
    return kept.toString();
  }

  // The runs of a-z and 0-9; everything else separates them.
  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      boolean word = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        words.add(text.substring(start, i));
        start = -1;
      }
    }
    return words;
  }

  /**
   * Numbers written in shorthand, spelt out as words before punctuation goes. Only a text with a
   * digit needs them (most texts, and every phrase, have none), so they are compiled on first use.
   */
  private static final class Shorthand {
    // How forums write an age with a sex, "(14f)", "( 23M )"; only in brackets, where it is an age
    // ("14m clean" is months, "the m11" a road).
    private static final Pattern AGE_AND_SEX = Pattern.compile("\\(\\s*(\\d{1,2})\\s*[fm]\\s*\\)");
    // The same after "i" or "me", or opening the text before words about the writer, "i (13F) and my
    // boyfriend (22M)", "(14f) my bf (25m) wants to meet": the writer's own age. "(12m) baby" opening a
    // text is a baby's months.
    private static final Pattern OWN_AGE_AND_SEX = Pattern.compile("(?:\\b(?:i|me)\\s*|^\\s*(?=\\(\\s*\\d{1,2}\\s*[fm]\\s*\\)"
        + "\\s*(?:my|and|me|im|i|bf|gf|boyfriend|girlfriend|dating|here|with)\\b))\\(\\s*(\\d{1,2})\\s*[fm]\\s*\\)");
    // Without brackets, "15f my bf is 21m", "im 14f and hes 19m": a number run into "f" is an age (no
    // other reading is common); one run into "m" is an age only beside such an "f" ("15m" alone may be
    // minutes, months or metres). Opening the text before words about the writer, the writer's own.
    // "Got" or "was" after it tells what happened to the writer: "14f got sa by my friends brother" (dangern, 2026-12-08).
    private static final Pattern OWN_BARE = Pattern.compile("^\\s*(\\d{1,2})[fm]\\b(?=\\s*(?:my|and|me|im|i|bf|gf"
        + "|boyfriend|girlfriend|dating|here|with|got|was)\\b)");
    // The same with a space, "14 f got sa'd by my friends brother": only an "f" ("15 m" may be metres or minutes).
    private static final Pattern OWN_SPACED_FEMALE = Pattern.compile("^\\s*(\\d{1,2})\\s+f\\b(?=\\s*(?:my|and|me|im|i"
        + "|bf|gf|boyfriend|girlfriend|dating|here|with|got|was)\\b)");
    // An "m" the same way only before what happened to the writer: "15 m got sa'd by my coach" ("15 m and" may be metres).
    private static final Pattern OWN_SPACED_MALE = Pattern.compile("^\\s*(\\d{1,2})\\s*m\\b(?=\\s*(?:got|was)\\b)");
    private static final Pattern BARE_FEMALE = Pattern.compile("\\b(\\d{1,2})f\\b");
    private static final Pattern BARE_MALE = Pattern.compile("\\b(\\d{1,2})m\\b");
    // A pregnancy's weeks and days, "14+3".
    private static final Pattern WEEKS_AND_DAYS = Pattern.compile("\\b(\\d{1,2})\\s*\\+\\s*(\\d)\\b");
    // A number run into its unit, "13yo", "14yrs", "5ft", "30mg".
    private static final Pattern AGE_RUN_ON =
        Pattern.compile("\\b(\\d{1,3})(yo|yrs|yr|years|year|ft|st|kg|kgs|lbs|mg|ml|km|hrs|mins)\\b");
    // Money and shares, "£15 short", "$15", "15% sure": amounts, never ages (any currency becomes
    // "pounds", a unit: the word only has to make the number an amount).
    private static final Pattern MONEY = Pattern.compile("[£$€]\\s*(\\d+)");
    private static final Pattern PERCENT = Pattern.compile("(\\d+)\\s*%");
    // A decimal, "12.5 stone": never an age, and not to be read as two numbers.
    private static final Pattern DECIMAL = Pattern.compile("\\b\\d+\\.\\d+\\b");

    static String numbers(String lower) {
      String text = DECIMAL.matcher(lower).replaceAll(" decimal ");
      text = MONEY.matcher(text).replaceAll(" $1 pounds ");
      text = PERCENT.matcher(text).replaceAll("$1 percent ");
      text = OWN_AGE_AND_SEX.matcher(text).replaceAll(" i am $1 ");
      text = AGE_AND_SEX.matcher(text).replaceAll(" $1 ");
      text = OWN_SPACED_FEMALE.matcher(text).replaceAll(" i am $1 ");
      text = OWN_SPACED_MALE.matcher(text).replaceAll(" i am $1 ");
      if (BARE_FEMALE.matcher(text).find()) {
        text = OWN_BARE.matcher(text).replaceAll(" i am $1 ");
        text = BARE_MALE.matcher(BARE_FEMALE.matcher(text).replaceAll(" $1 ")).replaceAll(" $1 ");
      }
      text = WEEKS_AND_DAYS.matcher(text).replaceAll("$1 weeks $2 days");
      return AGE_RUN_ON.matcher(text).replaceAll("$1 $2");
    }
  }

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        return true;
      }
    }
    return false;
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
      "oclock", "stone", "st", "kg", "kgs", "kilo", "kilos", "lb", "lbs", "pound", "pounds", "mile", "miles", "km",
      "mg", "mcg", "ml", "percent", "grand", "quid", "dollars", "bucks", "euros", "k", "hundred", "thousand",
      "floors", "floor", "storeys", "stories", "people", "guests");

  /** Words that make the number after them a measure, a size or a place in a list, never an age. */
  private static final Set<String> BEFORE = Set.of("size", "room", "level", "day", "page", "number", "chapter", "step",
      "seat", "table", "platform", "gate", "floor", "foot", "feet", "ft", "dose");

  /** What a number that is an amount becomes: no phrase has it, so it fills no slot. */
  static final String AMOUNT = "#";

  /**
   * {@code words} with each number that is an amount replaced by {@link #AMOUNT}: one that counts
   * time or times ("12 weeks pregnant", "15 years married", "12 times"), measures ("11 stone", "15
   * mg", "12 an hour") or follows a word that makes it a size or a place ("size 14", "day 12"); and
   * each gap between two ages ("11 years older") by a {@link #GAP} word. Only a number on its own,
   * or one followed by "year old", can be someone's age. Phrases allow two other words between
   * theirs, so without this "im 15 years married and my husband is 45" would read as a
   * fifteen-year-old's words.
   */
  static List<String> amounts(List<String> words) {
    List<String> out = agesOfYears(words);
    List<String> read = List.copyOf(out);   // each number is judged by the words as written, not as rewritten
    for (int i = 0; i < out.size(); i++) {
      if (!isNumber(out.get(i))) {
        continue;
      }
      if (gap(read, i)) {
        out.set(i, GAP + out.get(i));
      } else if (i > 0 && BEFORE.contains(read.get(i - 1))) {
        out.set(i, AMOUNT);
      } else if (toldAsAge(read, i)) {
        out.set(i - 1, beingVerb(read, i - 1));
      } else if (i + 1 < out.size() && unit(read, i)) {
        out.set(i, AMOUNT);
      }
    }
    return out;
  }

  /** People, not partners, that "of N years" gives the age of: "a man of 30 years", "my daughter of 14 years". */
  private static final Set<String> OF_YEARS = Set.of("man", "woman", "guy", "boy", "girl", "daughter", "son", "child",
      "kid", "teenager");

  /** Words after "of N years" that make the years a span: "a man of 30 years experience". */
  private static final Set<String> SPAN = Set.of("experience", "of", "ago", "in", "married", "together", "service",
      "standing", "work", "working", "marriage", "practice");

  /**
   * {@code words} with each "man of 30 years" written "30 year old man", as phrases give ages. Only
   * for people who are not partners: "my husband of 20 years" tells how long a marriage has lasted.
   */
  private static List<String> agesOfYears(List<String> words) {
    List<String> out = new ArrayList<>(words);
    for (int i = 0; i + 3 < out.size(); i++) {
      if (OF_YEARS.contains(out.get(i)) && out.get(i + 1).equals("of") && isNumber(out.get(i + 2))
          && years(out.get(i + 3))
          && (i + 4 == out.size() || !SPAN.contains(out.get(i + 4)))) {
        String person = out.get(i);
        out.set(i, out.get(i + 2));
        out.set(i + 1, "year");
        out.set(i + 2, "old");
        out.set(i + 3, person);
      }
    }
    return out;
  }

  /** Verbs after which "N years" is someone's age when nothing follows that makes it a span of time. */
  private static final Set<String> AGE_VERBS = Set.of("am", "is", "are", "was", "were", "have", "has", "had",
      "having");

  /** Words that may stand between the verb and the age: "im only 14 years", "i am still 14 years". */
  private static final Set<String> ONLY = Set.of("only", "still", "just");

  /** Verbs that have the years ("i have 14 years") rather than are them ("i am 14 years"). */
  private static final Set<String> HAVING = Set.of("have", "has", "had", "having");

  /**
   * The verb at {@code at} as the one that is the age: "i have" is "i am", "he have" and "she has"
   * are "is", "had" is "was"; a verb that already is one stays.
   */
  private static String beingVerb(List<String> words, int at) {
    String verb = words.get(at);
    if (!HAVING.contains(verb)) {
      return verb;     // "am", "is", or "only" in "i am only 14 years": already reads as the age
    }
    if (verb.equals("had")) {
      return "was";
    }
    boolean writer = at == 0 || words.get(at - 1).equals("i") || words.get(at - 1).equals("am");
    return writer ? "am" : "is";
  }

  /** Words that end the telling of an age, where a span of time would go on ("15 years married"). */
  private static final Set<String> AFTER_AGE = Set.of("and", "but", "so", "or", "my", "he", "she", "i", "we",
      "they", "him", "me", "when", "now", "only", "already", "still", "girl", "boy", "female", "male", "man",
      "woman", "guy", "lady", "is", "it", "this");

  /** People whose age may follow them without a verb, as in notes and non-native writing: "my boyfriend 25 years". */
  private static final Set<String> PERSONS = Set.of("boyfriend", "girlfriend", "husband", "wife", "partner", "fiance",
      "fiancee", "man", "guy", "he", "she", "i");

  private static final Set<String> RANKS = Set.of("junior", "senior", "elder");

  /**
   * Whether the number at {@code i} is an age told the way many languages tell it, in years and with
   * no "old": "i have 14 years and my boyfriend is 25", "i am 14 years, he 25", "he has 30 years",
   * "my boyfriend 22 years". Only after a verb that can carry an age or a person, and only where the
   * telling ends, since "i have 2 years left", "we have 15 years together" and "i am 10 years sober"
   * count time. The verb that has or had the years reads as the one that is or was the age, so
   * phrases written with "i am" meet it.
   */
  private static boolean toldAsAge(List<String> words, int i) {
    if (i == 0 || i + 1 >= words.size()) {
      return false;
    }
    String before = words.get(i - 1);
    boolean verb = AGE_VERBS.contains(before) || i > 1 && AGE_VERBS.contains(words.get(i - 2)) && ONLY.contains(before);
    if (!verb && !PERSONS.contains(before) && !(i == 1 && before.equals("me"))) {
      return false;
    }
    if (!years(words.get(i + 1))) {
      return false;
    }
    if (i + 2 == words.size()) {
      return true;
    }
    String after = words.get(i + 2);
    String then = i + 3 < words.size() ? words.get(i + 3) : "";
    if (after.equals("old")) {
      // "i am 14 years old girl" is the writer; "i have 14 years old son" is the son, not the writer.
      return !HAVING.contains(words.get(i - 1)) || then.isEmpty() || AFTER_AGE.contains(then) && !OWNED.contains(then);
    }
    // "she is 16 years my junior" gives a difference, not her age.
    return AFTER_AGE.contains(after) && !(after.equals("my") && RANKS.contains(then));
  }

  /** After "have N years old", words that say what is that old is someone else, not the writer. */
  private static final Set<String> OWNED = Set.of("girl", "boy", "female", "male");

  /**
   * What a number of years between two people becomes ("11 years older" is "gap11 years older"): a
   * word of its own, never an age, that only the vocabulary's gap groups list.
   */
  static final String GAP = "gap";

  private static boolean gap(List<String> words, int i) {
    return i + 2 < words.size() && years(words.get(i + 1))
        && (words.get(i + 2).equals("older") || words.get(i + 2).equals("younger"));
  }

  // Whether the word after the number at i makes it an amount: a unit, but not "years old" (an age),
  // or "pm" after more than 12 ("25 pm me" asks for a private message).
  private static boolean unit(List<String> words, int i) {
    String next = words.get(i + 1);
    String after = i + 2 < words.size() ? words.get(i + 2) : "";
    if (years(next) && after.equals("old")) {
      return false;
    }
    // "12 an hour", "30 a week", "15 per day"
    boolean rate = (next.equals("an") || next.equals("a") || next.equals("per")) && UNITS.contains(after);
    // "11 and a half stone", "14 and a half weeks" (but "14 and a half" alone is an age)
    if (next.equals("and") && after.equals("a") && i + 4 < words.size() && words.get(i + 3).equals("half")
        && UNITS.contains(words.get(i + 4))) {
      return true;
    }
    return UNITS.contains(next) || rate || next.equals("pm") && words.get(i).length() <= 2 && Integer.parseInt(words.get(i)) <= 12;
  }

  private static boolean years(String word) {
    return word.equals("years") || word.equals("year");
  }

  static boolean isNumber(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) < '0' || word.charAt(i) > '9') {
        return false;
      }
    }
    return !word.isEmpty();
  }
}
