package org.trustatlas.content.danger;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.trustatlas.core.internal.Invisible;
import org.trustatlas.core.internal.Lazy;
import org.trustatlas.core.internal.Suggestions;
import org.trustatlas.core.model.ConceptId;
import org.trustatlas.core.safety.AudienceTag;
import org.trustatlas.core.safety.ServiceType;

/**
 * The pack's danger vocabulary: categories of danger with the phrases readers use for them, the
 * spellings (misspellings, slang, shorthand) that stand for words in those phrases, and groups of
 * words that stand in for each other in a phrase ({@code {hits} me} is "hit me", "punch me", "slap
 * me"...). A phrase matches when its words, stemmed, appear in the reader's words in order, with at
 * most {@value #MAX_GAP} other words between two of them ("he is choking me" matches "choke me").
 * Matching is exact on stems and on the listed spellings, and forgiving of one spelling slip only:
 * a doubled letter written single or a single one doubled ("grabed", "hitt", "stabed") meets the
 * word as spelt, because both are compared with runs of a letter written once. There is no fuzzy
 * matching (edit distance) on a danger word, so a near miss never turns into a wrong concept.
 * Immutable and thread-safe.
 */
public final class DangerVocabulary {

  /** Most words allowed between two words of a phrase. */
  public static final int MAX_GAP = 2;
  /** Widest span, in words, over which the words of a {@code a + b} phrase may appear in any order. */
  public static final int WINDOW = 8;
  /**
   * Widest span, in words, over which the words of a {@code a ++ b} phrase may appear in any order: a
   * long, hurried message that names someone at its start and what they asked for at its end ("my coach
   * who is like 30 keeps messaging me at night and he wants pics").
   */
  public static final int WIDE_WINDOW = 16;
  /** Most words in brackets (optional) in one phrase. */
  public static final int MAX_OPTIONAL = 3;

  /**
   * What opens a reply: a phrase that goes on from the words one of its category's {@code except:}
   * phrases took, its first word right after them ("... {urged} i want to": the reader's own answer
   * after "he told me to kill" has been taken as someone else's words). The exception says whose the
   * words are; the reply, what the reader says of them.
   */
  static final String REPLY = "...";

  private static final Pattern GROUP = Pattern.compile("\\{[a-z-]+}");
  private static final Pattern GROUP_NAME = Pattern.compile("[a-z]+(-[a-z]+)*");
  private static final Pattern PLUS = Pattern.compile("\\s+\\+\\+?\\s+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final List<DangerCategory> categories;
  private final Map<String, String> spellings;
  private final Map<String, List<String>> groups;
  private final Map<AudienceTag, List<String>> readers;
  private final UnaryOperator<List<String>> stemmer;
  // Phrases expanded into stemmed slots: the costly part (every word stemmed), done where a pack is
  // read from YAML, or read back from the build's expansion (DangerForms) on the first recognise.
  private final Lazy<Compiled> compiled;
  /** The stems of the groups that name someone close, and of those that name no one close: asked of every dangerous text. */
  private final Lazy<Set<String>> closeStems = Lazy.of(() -> stems(CLOSE_GROUPS));
  private final Lazy<Set<String>> notCloseStems = Lazy.of(() -> stems(List.of("not-close")));
  private final Set<ConceptId> safetyConcepts;
  private final Set<ConceptId> usingHarmConcepts;

  /**
   * The vocabulary ready to match: spellings by their words, every phrase's forms, every word, the
   * reader groups' forms, and the {@link Keys} of the phrases and of each group's forms.
   */
  record Compiled(Spellings respellings, List<Phrase> phrases, Set<String> words,
      Keys keys, Map<AudienceTag, List<List<Set<String>>>> readers, Map<AudienceTag, Keys> readerKeys) {

    static Compiled of(Spellings respellings, List<Phrase> phrases, Set<String> words,
        Map<AudienceTag, List<List<Set<String>>>> readers) {
      Map<AudienceTag, Keys> readerKeys = new EnumMap<>(AudienceTag.class);
      // Each of a group's forms is keyed on its own: one that matches is enough.
      readers.forEach((tag, forms) -> readerKeys.put(tag, Keys.of(forms.stream().map(List::of).toList())));
      return new Compiled(respellings, phrases, words, Keys.of(phrases.stream().map(Phrase::forms).toList()),
          readers, readerKeys);
    }

    BitSet candidates(List<String> stems, List<String> single) {
      return keys.candidates(stems, single);
    }
  }

  /**
   * For each stem, the items (phrases, or reader forms) it keys: a text is matched only against
   * items whose first key and second key are both among its words (from one form or two: a filter,
   * never a verdict), a few of the thousands. Every slot of a form must be filled by some word of
   * the text, in order or not, so a form is keyed by two slots,
   * its rarest (the slots whose commonest stems fill the fewest slots of all forms), or by its one
   * slot twice: an item none of whose forms has both keys in the text cannot match, and keys such as
   * "kill" or "choke" leave out far more phrases than "i", "he" or "my" would. {@code first} keys by
   * the rarest slot, {@code second} by the next; an item in both sets is a candidate. (One key alone
   * left about forty phrases to try for "my partner cheated on me and i cant trust him", which
   * cost half of such a search.)
   */
  record Keys(Map<String, BitSet> first, Map<String, BitSet> second) {

    /** Keys for items, each given as its forms; an item's bit is its index. */
    static Keys of(List<List<List<Set<String>>>> items) {
      Map<String, Integer> filled = new HashMap<>();
      for (List<List<Set<String>>> forms : items) {
        for (List<Set<String>> form : forms) {
          for (Set<String> slot : form) {
            slot.forEach(stem -> filled.merge(stem, 1, Integer::sum));
          }
        }
      }
      Map<String, BitSet> first = new HashMap<>();
      Map<String, BitSet> second = new HashMap<>();
      for (int item = 0; item < items.size(); item++) {
        for (List<Set<String>> form : items.get(item)) {
          // Plain loops: this runs for every form on a first search, where each stream costs.
          int rarest = -1;
          int next = -1;
          int rarestFill = Integer.MAX_VALUE;
          int nextFill = Integer.MAX_VALUE;
          for (int s = 0; s < form.size(); s++) {
            int most = 0;
            for (String stem : form.get(s)) {
              most = Math.max(most, filled.get(stem));
            }
            if (most < rarestFill) {
              next = rarest;
              nextFill = rarestFill;
              rarest = s;
              rarestFill = most;
            } else if (most < nextFill) {
              next = s;
              nextFill = most;
            }
          }
          key(first, form.get(rarest), item);
          key(second, form.get(next < 0 ? rarest : next), item);
        }
      }
      return new Keys(first, second);
    }

    private static void key(Map<String, BitSet> keys, Set<String> slot, int item) {
      for (String stem : slot) {
        keys.computeIfAbsent(stem, k -> new BitSet()).set(item);
      }
    }

    BitSet candidates(List<String> stems, List<String> single) {
      BitSet candidates = filled(first, stems, single);
      candidates.and(filled(second, stems, single));
      return candidates;
    }

    private static BitSet filled(Map<String, BitSet> keys, List<String> stems, List<String> single) {
      BitSet items = new BitSet();
      for (int i = 0; i < stems.size(); i++) {
        or(keys, items, stems.get(i));
        if (single.get(i) != stems.get(i)) {
          or(keys, items, single.get(i));
        }
      }
      return items;
    }

    private static void or(Map<String, BitSet> keys, BitSet items, String stem) {
      BitSet keyed = keys.get(stem);
      if (keyed != null) {
        items.or(keyed);
      }
    }
  }

  /** What a phrase of a category does when it matches: the YAML key it is listed under. */
  enum Kind {
    /** Signals the category ({@code phrases:}). */
    SIGNALS,
    /** Takes the words it matched out of the category's reach ({@code except:}). */
    EXCEPT,
    /** Rules the category out for the whole text ({@code unless:}). */
    UNLESS;

    /** The category's phrases of this kind, as written. */
    List<String> of(DangerCategory category) {
      return switch (this) {
        case SIGNALS -> category.phrases();
        case EXCEPT -> category.except();
        case UNLESS -> category.unless();
      };
    }
  }

  /**
   * One phrase of one category, as written and in each of its forms (one per choice of the words in
   * brackets); a form is a list of slots, each the stems that may fill it.
   */
  record Phrase(DangerCategory category, String text, List<List<Set<String>>> forms, Kind kind) {

    boolean unordered() {
      return joined(text);
    }

    /** Whether the phrase is a {@linkplain #REPLY reply}: it goes on from the words an exception took. */
    boolean reply() {
      return isReply(text);
    }

    /**
     * Whether {@code form} matches words not in {@code explained}; the positions it took are left in
     * {@code at}. An exception's words must stand next to each other, as written: with the gaps a
     * phrase may have, "{kids} was choking" took the danger word from "my son said dad was choking
     * him", and "choked on" from "he choked me on the kitchen floor". A reply's first word must come
     * right after a word in {@code explained}.
     */
    boolean matches(List<String> stems, List<String> single, List<Set<String>> form, @Nullable BitSet explained,
        List<Integer> at) {
      return matches(stems, single, form, explained, 0, at);
    }

    /**
     * As {@link #matches(List, List, List, BitSet, List)}, with the form's first word at {@code start}
     * or later (never a reply's, which follows the words {@code explained} holds).
     */
    boolean matches(List<String> stems, List<String> single, List<Set<String>> form, @Nullable BitSet explained,
        int start, List<Integer> at) {
      if (reply()) {
        return explained != null && goesOn(stems, single, form, explained, at);
      }
      return unordered() ? near(stems, single, form, explained,
          kind == Kind.SIGNALS && category.writtenToSomeoneUsingHarm(), windowOf(text), start, 0, at)
          : inOrder(stems, single, form, explained, kind == Kind.EXCEPT ? 0 : MAX_GAP, start, 0, -1, at);
    }

    // Each place where the form's first word follows right after words the exceptions took, and the
    // rest of it in order from there.
    private static boolean goesOn(List<String> stems, List<String> single, List<Set<String>> form, BitSet explained,
        List<Integer> at) {
      for (int i = explained.nextSetBit(0); i >= 0 && i + 1 < stems.size(); i = explained.nextSetBit(i + 1)) {
        int first = i + 1;
        if (fills(form.get(0), stems, single, explained, first)) {
          at.add(first);
          if (inOrder(stems, single, form, explained, MAX_GAP, 0, 1, first, at)) {
            return true;
          }
          at.remove(at.size() - 1);
        }
      }
      return false;
    }

  }

  // A reader phrase's form, in order as written (reader phrases are never written with +).
  private static boolean matches(List<String> stems, List<String> single, List<Set<String>> form) {
    return inOrder(stems, single, form, null, MAX_GAP, 0, 0, -1, new ArrayList<>());
  }

  private DangerVocabulary(List<DangerCategory> categories, Map<String, String> spellings,
      Map<String, List<String>> groups, Map<AudienceTag, List<String>> readers, UnaryOperator<List<String>> stemmer,
      byte @Nullable [] expanded) {
    this.stemmer = stemmer;
    EnumMap<AudienceTag, List<String>> byTag = new EnumMap<>(AudienceTag.class);
    readers.forEach((tag, phrases) -> byTag.put(tag, List.copyOf(phrases)));
    this.readers = java.util.Collections.unmodifiableMap(byTag);
    this.groups = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(groups));
    this.categories = List.copyOf(categories);
    this.safetyConcepts = conceptsOf(this.categories);
    this.usingHarmConcepts = conceptsOf(this.categories.stream().filter(DangerCategory::writtenToSomeoneUsingHarm).toList());
    this.spellings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(spellings));
    this.compiled = expanded == null ? Lazy.of(this::compile) : Lazy.of(() -> DangerForms.read(expanded, this.categories, fingerprint()));
  }

  private Compiled compile() {
    Map<String, List<String>> respellings = new LinkedHashMap<>();
    Set<String> known = new HashSet<>();
    spellings.forEach((written, meant) -> {
      List<String> key = ReaderWords.split(written);
      List<String> value = ReaderWords.split(meant);
      respellings.put(String.join(" ", key), value);
      known.addAll(key);
      known.addAll(value);
    });
    groups.values().forEach(words -> words.forEach(w -> known.addAll(ReaderWords.split(w))));
    Spellings spelt = Spellings.of(respellings);
    Forms forms = new Forms(spelt);
    List<Phrase> phrases = new ArrayList<>();
    for (DangerCategory category : categories) {
      for (Kind kind : Kind.values()) {
        for (String text : kind.of(category)) {
          String where = where(category, text);
          if (isReply(text) && (kind != Kind.SIGNALS || joined(text) || category.except().isEmpty())) {
            throw new IllegalArgumentException(where + " opens with " + REPLY + ", which only a phrase of a category"
                + " with except: phrases may do, written in order (no +)");
          }
          String written = isReply(text) ? text.strip().substring(REPLY.length()) : text;
          List<List<Set<String>>> expanded = forms.of(where, written);
          phrases.add(new Phrase(category, text, expanded, kind));
          // Only the words that signal danger are danger words (isDangerWord); an exception's are everyday.
          if (kind == Kind.SIGNALS) {
            expanded.forEach(form -> form.forEach(known::addAll));
            known.addAll(ReaderWords.split(GROUP.matcher(text).replaceAll(" ").replace("(", " ").replace(")", " ")));
          }
        }
      }
    }
    Map<AudienceTag, List<List<Set<String>>>> readerForms = new EnumMap<>(AudienceTag.class);
    readers.forEach((tag, texts) -> readerForms.put(tag, texts.stream().flatMap(text -> {
      String where = "reader phrase '" + text + "' of group '" + tag.slug() + "'";
      if (joined(text)) {
        throw new IllegalArgumentException(where + " joins words with +; reader phrases are written in order");
      }
      if (isReply(text)) {
        throw new IllegalArgumentException(where + " opens with " + REPLY + "; only a category's phrases go on from"
            + " its exceptions");
      }
      return forms.of(where, text).stream();
    }).toList()));
    return Compiled.of(spelt, List.copyOf(phrases), Set.copyOf(known), readerForms);
  }

  // A spelling's meaning is read as written, never respelt: a meaning that uses another spelling
  // ("no quiero vivir" as "i dont want to live", where "dont" is read "do not") would never match
  // the phrases, which are respelt, and the reader's words would read as nothing.
  private static void respeltMeanings(Map<String, String> spellings) {
    Map<String, String> byWords = new HashMap<>();
    spellings.forEach((written, meant) -> byWords.put(String.join(" ", ReaderWords.split(written)), meant));
    spellings.forEach((written, meant) -> {
      List<String> words = ReaderWords.split(meant);
      for (int n = 1; n <= ReaderWords.MAX_SPELLING_WORDS; n++) {
        for (int i = 0; i + n <= words.size(); i++) {
          String run = String.join(" ", words.subList(i, i + n));
          if (byWords.containsKey(run)) {
            throw new IllegalArgumentException("spelling '" + written + "' means '" + meant + "', whose '" + run
                + "' is itself a spelling (of '" + byWords.get(run) + "'); a meaning is not respelt, so write '"
                + byWords.get(run) + "' there");
          }
        }
      }
    });
  }

  /**
   * @param spellings what a reader may write (one to {@value ReaderWords#MAX_SPELLING_WORDS} words)
   *     to the words it stands for
   * @param groups words that stand in for each other: {@code {name}} in a phrase matches any of them
   * @param readers for groups a service may be set up for, the phrases in which readers say they
   *     belong to one ("i am a man", "we are both women"), written like phrases
   * @param stemmer the stem of each word, one for one: search's stemmer, so the vocabulary and the
   *     index agree on what a word is
   * @throws IllegalArgumentException naming the category and phrase, for a duplicate category id, a
   *     phrase with no word outside brackets or more than {@value #MAX_OPTIONAL} in them, or a
   *     spelling longer than three words
   */
  public static DangerVocabulary of(List<DangerCategory> categories, Map<String, String> spellings,
      Map<String, List<String>> groups, Map<AudienceTag, List<String>> readers, UnaryOperator<List<String>> stemmer) {
    Set<String> ids = new HashSet<>();
    for (DangerCategory category : categories) {
      if (!ids.add(category.id())) {
        throw new IllegalArgumentException("danger category '" + category.id() + "' is listed twice");
      }
    }
    Set<String> replacing = new HashSet<>();
    categories.forEach(category -> {
      if (!category.replaces().isEmpty()) {
        replacing.add(category.id());
      }
    });
    for (DangerCategory category : categories) {
      for (String replaced : category.replaces()) {
        if (!ids.contains(replaced)) {
          throw new IllegalArgumentException("danger category '" + category.id() + "' replaces '" + replaced
              + "', which is no category");
        }
        // One step only: with chains or cycles ("a" replaces "b", "b" replaces "a") a text both
        // match would read as no danger at all.
        if (replacing.contains(replaced)) {
          throw new IllegalArgumentException("danger category '" + category.id() + "' replaces '" + replaced
              + "', which replaces another itself; a category that replaces others is never replaced");
        }
      }
    }
    spellings.forEach((written, meant) -> {
      int size = ReaderWords.split(written).size();
      if (size == 0 || size > ReaderWords.MAX_SPELLING_WORDS || ReaderWords.split(meant).isEmpty()) {
        throw new IllegalArgumentException("spelling '" + written + "' -> '" + meant + "' must map one to "
            + ReaderWords.MAX_SPELLING_WORDS + " words to at least one word");
      }
    });
    respeltMeanings(spellings);
    groups.forEach((name, words) -> {
      if (!GROUP_NAME.matcher(name).matches() || words.isEmpty()) {
        throw new IllegalArgumentException("group '" + name + "' needs a lower-case name and at least one word");
      }
      for (String word : words) {
        if (ReaderWords.split(word).size() != 1) {
          throw new IllegalArgumentException("group '" + name + "' lists '" + word + "'; a group lists single words");
        }
      }
    });
    DangerVocabulary vocabulary = new DangerVocabulary(categories, spellings, groups, readers, stemmer, null);
    vocabulary.compiled.get();      // every phrase checked now, where the pack is read
    return vocabulary;
  }

  /**
   * A vocabulary that {@link #of} accepted at build time, with the phrases it expanded then ({@link
   * #expandedForms}), as the bundled pack's snapshot holds them: they are read back on the first
   * recognise, and no phrase is stemmed again. {@code stemmer} stems only a reader's words.
   *
   * @throws IllegalArgumentException on the first recognise, when {@code expanded} was not made of
   *     these categories by this build
   */
  public static DangerVocabulary ofExpanded(List<DangerCategory> categories, Map<String, String> spellings,
      Map<String, List<String>> groups, Map<AudienceTag, List<String>> readers, UnaryOperator<List<String>> stemmer,
      byte[] expanded) {
    return new DangerVocabulary(categories, spellings, groups, readers, stemmer, expanded.clone());
  }

  /**
   * Every phrase, exception and reader phrase expanded into its forms of stemmed words, as bytes that
   * {@link #ofExpanded} reads back: what the build keeps so that no run stems the phrases.
   */
  public byte[] expandedForms() {
    return DangerForms.write(compiled.get(), fingerprint());
  }

  // Of everything the expanded forms are made of, so that forms made of another vocabulary are refused.
  private long fingerprint() {
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    StringBuilder text = new StringBuilder();
    for (DangerCategory category : categories) {
      text.append(category.id()).append('\n').append(String.join("\n", category.phrases())).append("\n-\n")
          .append(String.join("\n", category.except())).append("\n--\n")
          .append(String.join("\n", category.unless())).append("\n---\n");
    }
    text.append(spellings).append('\n').append(groups).append('\n').append(readers);
    crc.update(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return crc.getValue();
  }

  /** A vocabulary that names no reader groups; see {@link #of}. */
  public static DangerVocabulary of(List<DangerCategory> categories, Map<String, String> spellings,
      Map<String, List<String>> groups, UnaryOperator<List<String>> stemmer) {
    return of(categories, spellings, groups, Map.of(), stemmer);
  }

  public List<DangerCategory> categories() {
    return categories;
  }

  /** The spellings as written in the pack, what a reader writes to what it stands for. */
  public Map<String, String> spellings() {
    return spellings;
  }

  /** The reader groups as written in the pack: a group, and the phrases in which readers say they belong to it. */
  public Map<AudienceTag, List<String>> readers() {
    return readers;
  }

  /**
   * The groups {@code text} says its writer belongs to ("im a guy" is one of the men), so that the
   * services set up for them come first; empty when it says none.
   */
  public Set<AudienceTag> readerGroups(String text) {
    return hear(text).readerGroups();
  }

  /**
   * {@code text} read once, for both what it signals ({@link #recognise}) and whom it says is
   * writing ({@link #readerGroups}): search asks both of a text that signals danger, and splitting,
   * respelling and stemming it is most of either's work. Holds the reader's words only as long as
   * the caller holds it.
   */
  public Heard hear(String text) {
    Compiled vocabulary = compiled.get();
    return new Heard(vocabulary, readings(vocabulary, text));
  }

  private static final List<String> CLOSE_GROUPS = List.of("partner", "carer", "parent", "family", "family-of",
      "spouse", "grandparent", "elder-relative");
  private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her", "thei", "they", "them", "hi", "hes");

  // The stems of the words of groups, less "they" (in family as a family's own word).
  private Set<String> stems(List<String> names) {
    Set<String> out = new HashSet<>();
    for (String name : names) {
      for (String word : groups.getOrDefault(name, List.of())) {
        if (!word.equals("they")) {
          out.add(stemmer.apply(List.of(word)).get(0));
        }
      }
    }
    return out;
  }

  // A reading written to a reader who may be harmed or harming ("am i the abusive one"): it sets no flag and lists
  // a behaviour-change line.
  private static boolean asksWhoHarms(DangerCategory category) {
    return category.flags().isEmpty() && category.services().contains(ServiceType.BEHAVIOUR_CHANGE)
        && !category.writtenToSomeoneUsingHarm();
  }

  /** A text read by {@link #hear}: what it signals and, when asked, whom it says is writing. */
  public final class Heard {
    // "aged", as stemmed or not; and the words that may stand between "i am" and the reader's age.
    private static final Set<String> AGED = Set.of("aged", "ag", "age");
    private static final Set<String> BEFORE_AGE = Set.of("a", "only", "onli", "just");
    // What a number after "i am" or "me" counts when it is no age, stemmed or not: "16 weeks pregnant", "12 times".
    private static final Set<String> MEASURES = Set.of("time", "times", "minut", "minute", "minutes", "min", "mins",
        "hour", "hours", "hr", "hrs", "day", "days", "week", "weeks", "wk", "wks", "month", "months", "mth", "mile",
        "miles", "km", "kilo", "kilomet", "stone", "kg", "pound", "lb", "lbs", "foot", "feet", "ft", "inch", "inches",
        "cm", "metr", "metre", "meter", "percent", "oclock", "text", "messag", "call", "photo", "pic",
        "dollar", "buck", "quid", "euro", "grand", "k", "second", "sec", "secs", "hundr");
    private static final Set<String> YEARS = Set.of("year", "years", "yr", "yrs");
    private static final Set<String> OLD = Set.of("old", "o", "yo");
    // The words for a child or a brother or sister after which a number is their age ("my son 11", "my sister 13").
    private static final Set<String> CHILDREN = Set.of("daughter", "son", "sister", "brother", "sis", "bro", "child",
        "kid", "niec", "niece", "nephew", "grandson", "granddaught", "granddaughter", "stepdaught", "stepdaughter",
        "stepson", "stepsist", "stepsister", "stepbroth", "stepbrother", "cousin", "girl", "boy");
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("three", 3), Map.entry("four", 4),
        Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
        Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("twelv", 12),
        Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
        Map.entry("seventeen", 17));
    private final Compiled vocabulary;
    private final List<Reading> readings;

    private Heard(Compiled vocabulary, List<Reading> readings) {
      this.vocabulary = vocabulary;
      this.readings = readings;
    }

    /** As {@link DangerVocabulary#recognise}. */
    public List<DangerMatch> danger() {
      return DangerVocabulary.this.danger(vocabulary, readings);
    }

    /**
     * Whether the words may be of harm by someone close: a partner, an ex or family named ("not my ex"
     * is not), or only "he", "she" or "they", with no one else named. "got really drunk at a party and
     * woke up with my pants off" names no one; "he follows me home, not my ex, just a guy from the gym"
     * names someone not close (group {@code not-close}).
     */
    public boolean maybeSomeoneClose() {
      Set<String> close = closeStems.get();
      Set<String> notClose = notCloseStems.get();
      boolean pronoun = false;
      boolean stranger = false;
      for (Reading reading : readings) {
        List<String> words = reading.stems();
        for (int i = 0; i < words.size(); i++) {
          String word = words.get(i);
          boolean negated = i > 0 && (NEGATIONS.contains(words.get(i - 1))
              || i > 1 && words.get(i - 1).equals("my") && NEGATIONS.contains(words.get(i - 2)));
          if (close.contains(word) && !negated) {
            return true;
          }
          pronoun |= PRONOUNS.contains(word);
          stranger |= notClose.contains(word);
        }
      }
      return pronoun && !stranger;
    }

    /**
     * The reader's own age where the words give it as a child's or a young person's: a number from 5 to 17 right
     * after "i am" ("im 13", "i am 9 and", "my age is 14"), with "a", "only" or "just" between ("i am a 15 year old",
     * "im only 12"), or opening the text after "me" or "aged" ("me 14 my uncle", "aged 13 and"). An "i am" age is
     * taken before the others. Never a measure ("i am 16 weeks pregnant", "he hit me 12 times", "i am 10 years
     * sober": a "years" must be followed by "old"), and never another person's age ("my brother aged 12", "my
     * sister is 14", "im a teacher a 14 year old pupil"). Empty otherwise.
     */
    public OptionalInt readerAge() {
      OptionalInt opening = OptionalInt.empty();
      for (Reading reading : readings) {
        List<String> words = reading.stems();
        for (int i = 1; i < words.size(); i++) {
          OptionalInt age = age(words, i);
          if (age.isEmpty()) {
            continue;
          }
          String before = words.get(i - 1);
          if (iAm(words, i - 1) || BEFORE_AGE.contains(before) && iAm(words, i - 2)) {
            return age;
          }
          if (opening.isEmpty() && i == 1 && (before.equals("me") || AGED.contains(before))) {
            opening = age;
          }
        }
      }
      return opening;
    }

    // The number at i, where it reads as a child's or a young person's age and not as a measure.
    private static OptionalInt age(List<String> words, int i) {
      OptionalInt number = number(words.get(i));
      if (number.isEmpty()) {
        return OptionalInt.empty();
      }
      int age = number.getAsInt();
      String next = i + 1 < words.size() ? words.get(i + 1) : "";
      boolean measure = MEASURES.contains(next)
          || YEARS.contains(next) && !(i + 2 < words.size() && OLD.contains(words.get(i + 2)));
      return age >= 5 && age <= 17 && !measure ? OptionalInt.of(age) : OptionalInt.empty();
    }

    /**
     * A child's age as someone else tells it, "my daughter is 12 and she was raped", "my 13 year old son", "my son
     * 11", "my son aged 11", "my daughter (9)", "she is nine": a number from 3 to 17, in figures or in words, right
     * after "is", "aged" or a word for a child or a brother or sister, or right before "year". Read only where a
     * matched category is about a child's harm, so that a line for people 16 and over is not listed for a
     * 10-year-old's rape.
     */
    public OptionalInt childAge() {
      for (Reading reading : readings) {
        List<String> words = reading.stems();
        for (int i = 1; i < words.size(); i++) {
          OptionalInt number = number(words.get(i));
          if (number.isEmpty()) {
            continue;
          }
          int age = number.getAsInt();
          String before = words.get(i - 1);
          boolean told = before.equals("is") || AGED.contains(before) || CHILDREN.contains(before)
              || i + 1 < words.size() && YEARS.contains(words.get(i + 1));
          if (told && age >= 3 && age <= 17) {
            return OptionalInt.of(age);
          }
        }
      }
      return OptionalInt.empty();
    }

    // A number of one or two figures, or a child's age in words ("nine", "twelve", as stemmed or not).
    private static OptionalInt number(String word) {
      if (word.length() <= 2 && ReaderWords.isNumber(word)) {
        return OptionalInt.of(Integer.parseInt(word));
      }
      Integer spelt = NUMBER_WORDS.get(word);
      return spelt == null ? OptionalInt.empty() : OptionalInt.of(spelt);
    }

    // Whether "i am" ends at word end.
    private static boolean iAm(List<String> words, int end) {
      return end >= 1 && words.get(end).equals("am") && words.get(end - 1).equals("i");
    }

    /** As {@link DangerVocabulary#readerGroups}. */
    public Set<AudienceTag> readerGroups() {
      Set<AudienceTag> groups = EnumSet.noneOf(AudienceTag.class);
      // Read as recognise reads it: "i am 15 minutes away" tells no age.
      for (Reading reading : readings) {
        List<String> stems = reading.stems();
        List<String> single = reading.single();
        vocabulary.readers().forEach((tag, forms) -> {
          BitSet candidates = vocabulary.readerKeys().get(tag).candidates(stems, single);
          for (int f = candidates.nextSetBit(0); f >= 0; f = candidates.nextSetBit(f + 1)) {
            if (matches(stems, single, forms.get(f))) {
              groups.add(tag);
              return;
            }
          }
        });
      }
      return Set.copyOf(groups);
    }
  }

  /**
   * Whether each slot of a form is filled by some word of one reading, found once per slot: a form
   * none of whose words is missing from the text is the only kind worth matching in order, and the
   * forms a phrase's optional words make share their slots (a phrase with three words in brackets
   * is eight forms). A filter only: {@link Phrase#matches} still decides.
   */
  private static final class Filled {
    private final List<String> stems;
    private final List<String> single;
    // Slots are compared by identity: the forms of a vocabulary share one object per distinct slot.
    private final Map<Set<String>, Boolean> known = new IdentityHashMap<>();

    Filled(List<String> stems, List<String> single) {
      this.stems = stems;
      this.single = single;
    }

    boolean all(List<Set<String>> form) {
      for (Set<String> slot : form) {
        Boolean somewhere = known.get(slot);
        if (somewhere == null) {
          somewhere = somewhere(slot);
          known.put(slot, somewhere);
        }
        if (!somewhere) {
          return false;
        }
      }
      return true;
    }

    private boolean somewhere(Set<String> slot) {
      for (int i = 0; i < stems.size(); i++) {
        if (fills(slot, stems, single, null, i)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * A reader's words as matching compares them: their stems, and the stems with doubled letters
   * written single ({@link #singleLetterStems}), one for one.
   */
  private record Reading(List<String> stems, List<String> single) {}

  /**
   * The readings of {@code text}: one, with a zero-width space parting words as a space does
   * ({@link Invisible}); and, where one stands between two letters, also the text with it gone, as
   * if slipped into a word to hide it ("i want to k\u200Bill myself"). What either reading finds is
   * danger: a word hidden that way costs more than the rare text that reads as danger only joined.
   */
  private List<Reading> readings(Compiled vocabulary, String text) {
    Reading spaced = read(vocabulary, text);
    return Invisible.partsAWord(text) ? List.of(spaced, read(vocabulary, Invisible.joined(text)))
        : List.of(spaced);
  }

  // Split, with the spellings replaced and amounts marked ("15 minutes" is no age), then stemmed.
  private Reading read(Compiled vocabulary, String text) {
    List<String> words = ReaderWords.amounts(vocabulary.respellings().respell(ReaderWords.split(text)));
    List<String> stems = stemmer.apply(words);
    return new Reading(stems, singleLetterStems(words, stems));
  }

  /**
   * The stems of {@code words} with doubled letters written single ("hitt" as "hit"). Only the words
   * that change are stemmed again; every other one is its word's own stem, that very string, so a
   * phrase slot looks it up once, not twice ({@link #fills}).
   */
  private List<String> singleLetterStems(List<String> words, List<String> stems) {
    List<String> singles = ReaderWords.singleLetters(words);
    List<Integer> changed = new ArrayList<>();
    List<String> respelt = new ArrayList<>();
    for (int i = 0; i < singles.size(); i++) {
      if (!singles.get(i).equals(words.get(i))) {
        changed.add(i);
        respelt.add(singles.get(i));
      }
    }
    List<String> single = new ArrayList<>(stems);
    if (changed.isEmpty()) {
      return single;
    }
    List<String> stemmed = stemmer.apply(respelt);
    for (int k = 0; k < stemmed.size(); k++) {
      int i = changed.get(k);
      if (!stemmed.get(k).equals(stems.get(i))) {
        single.set(i, stemmed.get(k));
      }
    }
    return single;
  }

  /** The groups as written in the pack: a name, and the words {@code {name}} stands for. */
  public Map<String, List<String>> groups() {
    return groups;
  }

  public Optional<DangerCategory> category(String id) {
    return categories.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /**
   * The categories {@code text} signals: a risk to the reader's own life first, then the most
   * specific (the longest phrase that matched), then in pack order; each once, with the phrase that
   * matched. A category written to someone using
   * harm is left out when another, on words of its own, says a partner harms the reader.
   */
  public List<DangerMatch> recognise(String text) {
    return hear(text).danger();
  }

  private List<DangerMatch> danger(Compiled vocabulary, List<Reading> readings) {
    // By category id: phrases come category by category, so this map holds them in pack order.
    Map<String, DangerMatch> best = new LinkedHashMap<>();
    readings.forEach(reading -> find(vocabulary, reading, best));
    List<DangerMatch> matches = new ArrayList<>(best.values());
    if (readings.size() > 1) {
      // A category the second reading added goes back to its place in the pack.
      matches.sort(Comparator.comparingInt(m -> categories.indexOf(m.category())));
    }
    // A reader whose words also say a partner harms them ("i hit him back to get him off me") is
    // never told the harm is theirs to stop (harm to the children, "in front of the kids", does not
    // say that); a match that shares a word of substance with the
    // reader's own act ("i choked her" is strangulation too) restates it and does not count.
    List<DangerMatch> usingHarm = matches.stream().filter(m -> m.category().writtenToSomeoneUsingHarm()).toList();
    if (matches.stream().anyMatch(harmed -> harmed.category().signalsPartnerHarm() && !harmed.category().aboutAChild()
        && usingHarm.stream().noneMatch(own -> restates(own, harmed)))) {
      matches.removeAll(usingHarm);
    } else {
      // A match found wholly within the words of the reader's own act ("i choked her" is
      // strangulation's "choked her", "i raped my wife" is rape's "raped") says nothing more, and
      // read to them as a victim ("it is never your fault", "get a medical check") it would speak
      // to the wrong person. A child's danger stays all the same: "im 30 and my girlfriend is 15" is
      // the reader's own act and a child's abuse, and the child's line comes first.
      matches.removeIf(other -> !other.category().writtenToSomeoneUsingHarm() && !other.category().aboutAChild()
          && usingHarm.stream().anyMatch(own -> own.stems().containsAll(other.stems())));
    }
    // A more general reading gives way to an exact one the same words signal ("someone will send my
    // nudes to my family unless i pay" is sextortion, not image abuse by a partner); last, so that a
    // replacing reading the rules above set aside takes nothing with it.
    Set<String> replaced = new HashSet<>();
    matches.forEach(m -> replaced.addAll(m.category().replaces()));
    matches.removeIf(m -> replaced.contains(m.category().id()));
    // A risk to the reader's own life leads, however few its words ("he told me to kill myself and i
    // tried last night": the crisis line before the control); then a partner's harm to the reader before
    // a reading that only asks whether the reader is the one harming (no flag of its own, a behaviour-change
    // line among its services: "my wife says im abusive but she hits me" is hit first; a clinician-engineer's
    // review, 2026-12-08); then the longest phrase, which says most; ties stay in pack order (the sort is stable).
    boolean harmed = matches.stream().anyMatch(m -> m.category().signalsPartnerHarm());
    matches.sort(Comparator.comparing((DangerMatch m) -> !m.category().risksTheReadersLife())
        .thenComparing((DangerMatch m) -> harmed && asksWhoHarms(m.category()))
        .thenComparing(Comparator.comparingInt(DangerMatch::words).reversed()));
    return List.copyOf(matches);
  }

  // The categories one reading signals, each once with its longest phrase, into best.
  private static void find(Compiled vocabulary, Reading reading, Map<String, DangerMatch> best) {
    List<String> stems = reading.stems();
    List<String> single = reading.single();
    BitSet candidates = vocabulary.candidates(stems, single);
    Filled filled = new Filled(stems, single);
    Exceptions exceptions = Exceptions.of(vocabulary, candidates, stems, single, filled);
    for (int p = candidates.nextSetBit(0); p >= 0; p = candidates.nextSetBit(p + 1)) {
      Phrase phrase = vocabulary.phrases().get(p);
      if (phrase.kind() != Kind.SIGNALS || exceptions.ruledOut().contains(phrase.category().id())) {
        continue;
      }
      BitSet taken = exceptions.explained().get(phrase.category().id());
      boolean ownAct = phrase.category().writtenToSomeoneUsingHarm();
      for (List<Set<String>> form : phrase.forms()) {
        if (!filled.all(form)) {
          continue;
        }
        DangerMatch previous = best.get(phrase.category().id());
        List<Integer> at = new ArrayList<>();
        // Every phrase of the reader's own act is tried, and the words of all that match kept: what
        // another category finds within them is that act told again (see below).
        if ((ownAct || previous == null || previous.words() < form.size())
            && phrase.matches(stems, single, form, taken, at)) {
          Set<String> matched = new HashSet<>();
          at.forEach(i -> matched.add(stems.get(i)));
          if (previous != null && ownAct) {
            matched.addAll(previous.stems());
          }
          boolean longer = previous == null || previous.words() < form.size();
          best.put(phrase.category().id(), new DangerMatch(phrase.category(),
              longer ? phrase.text() : previous.phrase(), longer ? form.size() : previous.words(), matched));
        }
      }
    }
  }

  /**
   * What a text's exceptions say, by category id. {@code explained}: the positions of the words its
   * {@code except:} phrases match, every place one matches ("choking on" in "i was choking on my
   * food"), each word once; those words mean something else, so the category's phrases may not use
   * them, and the rest of the text is read as usual ("he choked me" said in the same breath is
   * strangulation all the same). {@code ruledOut}: the categories an {@code unless:} phrase matched
   * anywhere in the text.
   */
  private record Exceptions(Map<String, BitSet> explained, Set<String> ruledOut) {

    static Exceptions of(Compiled vocabulary, BitSet candidates, List<String> stems, List<String> single,
        Filled filled) {
      Map<String, BitSet> explained = new HashMap<>();
      Set<String> ruledOut = new HashSet<>();
      for (int p = candidates.nextSetBit(0); p >= 0; p = candidates.nextSetBit(p + 1)) {
        Phrase phrase = vocabulary.phrases().get(p);
        switch (phrase.kind()) {
          case SIGNALS -> { }
          case EXCEPT -> {
            // Each match of this phrase takes words no earlier match of it took, so this ends within
            // the text's length; another exception's words stay open to it, so which exception is
            // listed first does not matter ("he tells me (to)" and "he tells me everyone would be
            // better off" both read "he tells me everyone would be better off").
            BitSet own = new BitSet();
            for (List<Set<String>> form : phrase.forms()) {
              if (!filled.all(form)) {
                continue;
              }
              // The next match starts where this one's first word is, or later: taking words only takes
              // matches away, so none can start before it, and a text of n matches costs n, not n squared.
              List<Integer> at = new ArrayList<>();
              for (int start = 0; phrase.matches(stems, single, form, own, start, at); at.clear()) {
                at.forEach(own::set);
                start = at.get(0);
              }
            }
            explained.computeIfAbsent(phrase.category().id(), id -> new BitSet()).or(own);
          }
          case UNLESS -> {
            for (List<Set<String>> form : phrase.forms()) {
              List<Integer> at = new ArrayList<>();
              if (filled.all(form) && phrase.matches(stems, single, form, null, at) && !negated(stems, at)) {
                ruledOut.add(phrase.category().id());
                break;
              }
            }
          }
        }
      }
      return new Exceptions(explained, ruledOut);
    }
  }

  // A "no", "not" or "never" in the gaps of an unless: phrase, or right before it, turns it round: "we
  // both do not enjoy it" is not "we both enjoy", "we never agreed to choking" not "agreed to choking".
  // A negation the phrase itself writes ("did not want") is its own.
  private static final Set<String> NEGATIONS = Set.of("no", "not", "never", "nt");

  // So does a fear told in its gaps, of what comes after: "i am afraid of hurting her" and "i was
  // scared i hurt him" fear a harm, they do not say "am hurt" or "was hurt"; "i am scared and hurt" does.
  private static final Set<String> FEARS = Set.of("afraid", "scare", "scared", "terrifi", "frighten", "fear",
      "worri", "petrifi");
  private static final Set<String> OF_WHAT = Set.of("of", "i", "that");

  private static boolean negated(List<String> stems, List<Integer> at) {
    if (at.isEmpty()) {
      return false;
    }
    int from = at.stream().mapToInt(Integer::intValue).min().getAsInt();
    int to = at.stream().mapToInt(Integer::intValue).max().getAsInt();
    for (int i = Math.max(0, from - 1); i <= to; i++) {
      if (!at.contains(i) && NEGATIONS.contains(stems.get(i))) {
        return true;
      }
      if (i > from && i + 1 < to && !at.contains(i) && !at.contains(i + 1) && FEARS.contains(stems.get(i))
          && OF_WHAT.contains(stems.get(i + 1))) {
        return true;
      }
    }
    return false;
  }

  // Stems of words that say who and when, not what was done: pronouns, "was", "to", "off"...
  private static final Set<String> FUNCTION_STEMS = Set.of("i", "me", "my", "myself", "him", "her", "hi", "he",
      "she", "we", "u", "our", "you", "your", "thei", "them", "their", "it", "a", "an", "the", "to", "of", "and",
      "wa", "am", "is", "ar", "be", "been", "get", "got", "off", "on", "in", "at", "by", "back", "so", "if",
      "when", "not", "do", "did");

  private static boolean restates(DangerMatch own, DangerMatch other) {
    return other.stems().stream().anyMatch(stem -> !FUNCTION_STEMS.contains(stem) && own.stems().contains(stem));
  }

  /**
   * Reads now the forms phrases are matched by (the build's expanded forms, or for a pack read from
   * YAML, every phrase expanded), which the first {@link #recognise} would otherwise read: a server
   * prepares them before it answers, a command line on a second thread while it starts.
   *
   * @return this vocabulary
   */
  public DangerVocabulary prepared() {
    compiled.get();
    return this;
  }

  /**
   * Whether a reader's word belongs to the vocabulary, as written or stemmed: search never matches
   * such a word loosely (by edit distance) against concept names.
   */
  public boolean isDangerWord(String word) {
    List<String> split = ReaderWords.split(word);
    if (split.size() != 1) {
      return false;
    }
    String plain = split.get(0);
    String single = ReaderWords.singleLetters(split).get(0);
    Set<String> words = compiled.get().words();
    return words.contains(plain) || words.contains(stemmer.apply(List.of(plain)).get(0))
        || words.contains(single) || words.contains(stemmer.apply(List.of(single)).get(0));
  }

  /** Every concept some category shows first: the concepts a danger word may lead to. */
  public Set<ConceptId> safetyConcepts() {
    return safetyConcepts;
  }

  /** The concepts of the categories written to someone using harm, first and after. */
  public Set<ConceptId> usingHarmConcepts() {
    return usingHarmConcepts;
  }

  // Every search asks for these, so they are made once.
  private static Set<ConceptId> conceptsOf(List<DangerCategory> categories) {
    Set<ConceptId> ids = new LinkedHashSet<>();
    categories.forEach(c -> {
      ids.addAll(c.concepts());
      ids.addAll(c.then());
    });
    return Set.copyOf(ids);
  }

  /** The same vocabulary naming only the concepts {@code known}, for a pack that inherits it. */
  public DangerVocabulary keepingConcepts(Predicate<ConceptId> known) {
    return new DangerVocabulary(categories.stream()
        .map(c -> c.keeping(known)).toList(), spellings, groups, readers, stemmer, null);
  }

  /**
   * Expands phrases into forms of stemmed slots, remembering each word's stem: the bundled
   * vocabulary's phrases share a few hundred words, and stemming each once is most of the saving.
   */
  private final class Forms {

    private final Spellings respellings;
    private final Map<String, String> stemOf = new HashMap<>();
    private final Map<String, List<Set<String>>> expanded = new HashMap<>();

    Forms(Spellings respellings) {
      this.respellings = respellings;
    }

    List<List<Set<String>>> of(String where, String text) {
      if (joined(text)) {
        if (text.contains(" + ") && text.contains(" ++ ")) {
          throw new IllegalArgumentException(where + " joins words with both + and ++; one phrase has one window");
        }
        List<Set<String>> form = new ArrayList<>();
        for (String part : PLUS.split(text.strip())) {
          if (part.isBlank() || part.strip().contains(" ") || part.contains("(")) {
            throw new IllegalArgumentException(where + " joins with + single words or {groups}, not '"
                + part.strip() + "'");
          }
          List<Set<String>> slots = slots(where, text, part.strip());
          if (slots.size() != 1) {
            throw new IllegalArgumentException(where + " joins with + single words or {groups}, not '"
                + part.strip() + "', which a spelling makes several words");
          }
          form.add(slots.get(0));
        }
        return List.of(List.copyOf(form));
      }
      List<String> written = List.of(SPACES.split(text.strip()));
      List<Integer> optional = new ArrayList<>();
      List<String> plain = new ArrayList<>();
      for (int i = 0; i < written.size(); i++) {
        String word = written.get(i);
        boolean bracketed = word.startsWith("(") && word.endsWith(")") && word.length() > 2;
        if (!bracketed && (word.contains("(") || word.contains(")"))) {
          throw new IllegalArgumentException(where + " has a bracket that does not enclose one word");
        }
        if (bracketed) {
          optional.add(i);
        }
        plain.add(bracketed ? word.substring(1, word.length() - 1) : word);
      }
      if (optional.size() > MAX_OPTIONAL) {
        throw new IllegalArgumentException(where + " has " + optional.size()
            + " words in brackets; at most " + MAX_OPTIONAL + " may be left out");
      }
      if (optional.size() == plain.size()) {
        throw new IllegalArgumentException(where + " has every word in brackets; one must be matched");
      }
      List<List<Set<String>>> forms = new ArrayList<>();
      for (int mask = 0; mask < 1 << optional.size(); mask++) {
        List<Set<String>> form = new ArrayList<>();
        for (int i = 0; i < plain.size(); i++) {
          int bit = optional.indexOf(i);
          if (bit < 0 || (mask & 1 << bit) == 0) {
            form.addAll(slots(where, text, plain.get(i)));
          }
        }
        if (form.isEmpty()) {
          throw new IllegalArgumentException(where + " has no word to match");
        }
        if (!forms.contains(form)) {
          forms.add(List.copyOf(form));
        }
      }
      return List.copyOf(forms);
    }

    // A word fills one slot, or more when a spelling stands for several words; {group} fills one slot
    // with the stems of every word of the group.
    // Most words recur across phrases ("me", "he", {hits}): each is expanded once. A word that cannot
    // be expanded throws, naming the first phrase that uses it, and is not remembered.
    private List<Set<String>> slots(String where, String text, String word) {
      List<Set<String>> known = expanded.get(word);
      if (known == null) {
        known = expand(where, text, word);
        expanded.put(word, known);
      }
      return known;
    }

    private List<Set<String>> expand(String where, String text, String word) {
      if (word.startsWith("{") && word.endsWith("}")) {
        String name = word.substring(1, word.length() - 1);
        List<String> members = groups.get(name);
        if (members == null) {
          throw new IllegalArgumentException(where + " names group '" + name + "', which is not listed"
              + Suggestions.hint(name, groups.keySet()) + "; the groups are "
              + String.join(", ", groups.keySet()));
        }
        Set<String> stems = new LinkedHashSet<>();
        members.forEach(m -> stems.addAll(spelt(respellings.respell(ReaderWords.split(m)))));
        return List.of(Set.copyOf(stems));
      }
      if (word.contains("{") || word.contains("}")) {
        throw new IllegalArgumentException(where + " has a brace that does not enclose a group name");
      }
      List<String> both = spelt(respellings.respell(ReaderWords.split(word)));
      int words = both.size() / 2;
      List<Set<String>> slots = new ArrayList<>();
      for (int i = 0; i < words; i++) {
        slots.add(new LinkedHashSet<>(List.of(both.get(i), both.get(words + i))));
      }
      return slots.stream().map(Set::copyOf).toList();
    }

    // The stems of words as spelt, then the same words with runs of a letter written once: a slot
    // holds both, so a reader's word meets it either way.
    private List<String> spelt(List<String> words) {
      List<String> both = new ArrayList<>(words.size() * 2);
      for (String word : words) {
        both.add(stem(word));
      }
      for (String word : ReaderWords.singleLetters(words)) {
        both.add(stem(word));
      }
      return both;
    }

    // One call to the stemmer per word, however many phrases share it.
    private String stem(String word) {
      return stemOf.computeIfAbsent(word, w -> stemmer.apply(List.of(w)).get(0));
    }
  }

  /** Whether a phrase is written with {@code +} or {@code ++}: its words match in any order. */
  private static boolean joined(String text) {
    return text.contains(" + ") || text.contains(" ++ ");
  }

  /** The span a joined phrase's words must fall within: {@link #WIDE_WINDOW} for {@code ++}, else {@link #WINDOW}. */
  private static int windowOf(String text) {
    return text.contains(" ++ ") ? WIDE_WINDOW : WINDOW;
  }

  private static boolean isReply(String text) {
    String stripped = text.strip();
    return stripped.startsWith(REPLY + " ") && stripped.length() > REPLY.length() + 1;
  }

  private static String where(DangerCategory category, String text) {
    return "phrase '" + text + "' of danger category '" + category.id() + "'";
  }

  // Each slot of a + (or ++) phrase at a word of its own, all within window words, in any order; the
  // first slot's at {@code start} or later.
  // A reader's own act toward someone else never spans a reflexive word ({@code ownAct}): in "i cut
  // myself and it left marks" the marks are the reader's, and "i + left + marks" is not their act.
  private static boolean near(List<String> text, List<String> single, List<Set<String>> phrase,
      @Nullable BitSet explained, boolean ownAct, int window, int start, int next, List<Integer> at) {
    if (next == phrase.size()) {
      return !ownAct || !spansReflexive(text, at);
    }
    // Once one word is placed, only the window around it is searched: a long text costs its length
    // times the window, never its length to the power of the phrase's words.
    int from = at.isEmpty() ? start : Math.max(0, at.get(0) - window + 1);
    int to = at.isEmpty() ? text.size() - 1 : Math.min(text.size() - 1, at.get(0) + window - 1);
    for (int i = from; i <= to; i++) {
      if (!at.contains(i) && fills(phrase.get(next), text, single, explained, i) && within(at, i, window)) {
        at.add(i);
        if (near(text, single, phrase, explained, ownAct, window, start, next + 1, at)) {
          return true;
        }
        at.remove(at.size() - 1);
      }
    }
    return false;
  }

  private static boolean spansReflexive(List<String> text, List<Integer> at) {
    int low = at.stream().mapToInt(Integer::intValue).min().orElse(0);
    int high = at.stream().mapToInt(Integer::intValue).max().orElse(-1);
    for (int i = low + 1; i < high; i++) {
      if (REFLEXIVES.contains(text.get(i)) && !at.contains(i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean within(List<Integer> at, int i, int window) {
    int low = i;
    int high = i;
    for (int j : at) {
      low = Math.min(low, j);
      high = Math.max(high, j);
    }
    return high - low < window;
  }

  private static boolean fills(Set<String> slot, List<String> text, List<String> single, @Nullable BitSet explained,
      int i) {
    if (explained != null && explained.get(i)) {
      return false;
    }
    String word = text.get(i);
    String other = single.get(i);
    return slot.contains(word) || other != word && slot.contains(other);
  }

  // Each phrase slot after the previous one, at most {@code gap} words later; the first anywhere from
  // {@code start}. The positions matched are left in {@code at}.
  private static boolean inOrder(List<String> text, List<String> single, List<Set<String>> phrase,
      @Nullable BitSet explained, int gap, int start, int next, int previous, List<Integer> at) {
    if (next == phrase.size()) {
      return true;
    }
    int from = previous < 0 ? start : previous + 1;
    int to = previous < 0 ? text.size() - 1 : Math.min(text.size() - 1, previous + 1 + gap);
    // A number is never passed over to reach a number the phrase asks for: in "me 34 son 14" the 14
    // is the son's age, not the writer's.
    boolean number = previous >= 0 && isNumberSlot(phrase.get(next));
    for (int i = from; i <= to; i++) {
      if (fills(phrase.get(next), text, single, explained, i)) {
        at.add(i);
        if (inOrder(text, single, phrase, explained, gap, start, next + 1, i, at)) {
          return true;
        }
        at.remove(at.size() - 1);
      }
      // A gap never passes a reflexive word: in "i keep hurting myself bc my bf dumped me" what was
      // hurt is "myself", and "my bf" begins another thought ("hurting ... my bf" is not the act).
      if (previous >= 0 && REFLEXIVES.contains(text.get(i))) {
        return false;
      }
      // An age follows the word before it, or a word that only qualifies it ("i am only 14", "he
      // is like 24"): in "i am with husband 15 years" and "i am back at 11" no one is 15 or 11. The
      // writer's own adult age follows "am" with nothing between: "im nearly 18" and "im turning 18"
      // are still a child's words.
      if (number && (ReaderWords.isNumber(text.get(i)) || !QUALIFIERS.contains(text.get(i))
          || phrase.get(next).contains(ADULT) && text.get(previous).equals("am"))) {
        return false;
      }
    }
    return false;
  }

  /** Reflexive words, as Porter stems them: the act before one was done to the one who did it. */
  private static final Set<String> REFLEXIVES = Set.of("myself", "yourself", "himself", "herself", "itself",
      "ourselv", "yourselv", "themselv", "themself");

  /** The youngest adult age: a number slot that holds it asks for an adult's age. */
  private static final String ADULT = "18";

  /** Words that may stand between a phrase's word and the age it asks for, as Porter stems them. */
  private static final Set<String> QUALIFIERS = Set.of("onli", "just", "still", "about", "almost", "nearli", "ag",
      "like", "turn");

  // Groups are all numbers or all words, so one member says which.
  private static boolean isNumberSlot(Set<String> slot) {
    return !slot.isEmpty() && ReaderWords.isNumber(slot.iterator().next());
  }
}
