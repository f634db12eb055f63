package org.trustatlas.content.danger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.trustatlas.core.model.ConceptId;

/**
 * The pack's danger vocabulary: categories of danger with the phrases readers use for them, and
 * the spellings (misspellings, slang, shorthand) that stand for words in those phrases. A phrase
 * matches when its words, stemmed, appear in the reader's words in order, with at most
 * {@value #MAX_GAP} other words between two of them ("he is choking me" matches "choke me").
 * Matching is exact on stems and on the listed spellings; there is no fuzzy matching on a danger
 * word, so a near miss never turns into a wrong concept. Immutable and thread-safe.
 */
public final class DangerVocabulary {

  /** Most words allowed between two words of a phrase. */
  public static final int MAX_GAP = 2;
  /** Most words in brackets (optional) in one phrase. */
  public static final int MAX_OPTIONAL = 3;

  private final List<DangerCategory> categories;
  private final Map<String, String> spellings;
  private final UnaryOperator<List<String>> stemmer;
  private final Map<String, List<String>> respellings;
  private final List<Phrase> phrases;
  private final Set<String> words;

  /** One phrase of one category, as written and in each of its forms, stemmed; an exception when {@code except}. */
  private record Phrase(DangerCategory category, String text, List<List<String>> forms, boolean except) {}

  private DangerVocabulary(List<DangerCategory> categories, Map<String, String> spellings,
      UnaryOperator<List<String>> stemmer) {
    this.stemmer = stemmer;
    this.categories = List.copyOf(categories);
    this.spellings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(spellings));
    this.respellings = new LinkedHashMap<>();
    Set<String> known = new HashSet<>();
    spellings.forEach((written, meant) -> {
      List<String> key = ReaderWords.split(written);
      List<String> value = ReaderWords.split(meant);
      respellings.put(String.join(" ", key), value);
      known.addAll(key);
      known.addAll(value);
    });
    this.phrases = new ArrayList<>();
    for (DangerCategory category : categories) {
      for (String text : category.phrases()) {
        List<List<String>> forms = forms(category, text);
        phrases.add(new Phrase(category, text, forms, false));
        forms.forEach(known::addAll);
        known.addAll(ReaderWords.split(text.replace("(", " ").replace(")", " ")));
      }
      for (String text : category.except()) {
        phrases.add(new Phrase(category, text, forms(category, text), true));
      }
    }
    this.words = Set.copyOf(known);
  }

  /**
   * @param spellings what a reader may write (one to {@value ReaderWords#MAX_SPELLING_WORDS} words)
   *     to the words it stands for
   * @param stemmer the stem of each word, one for one: search's stemmer, so the vocabulary and the
   *     index agree on what a word is
   * @throws IllegalArgumentException naming the category and phrase, for a duplicate category id, a
   *     phrase with no word outside brackets or more than {@value #MAX_OPTIONAL} in them, or a
   *     spelling longer than three words
   */
  public static DangerVocabulary of(List<DangerCategory> categories, Map<String, String> spellings,
      UnaryOperator<List<String>> stemmer) {
    Set<String> ids = new HashSet<>();
    for (DangerCategory category : categories) {
      if (!ids.add(category.id())) {
        throw new IllegalArgumentException("danger category '" + category.id() + "' is listed twice");
      }
    }
    spellings.forEach((written, meant) -> {
      int size = ReaderWords.split(written).size();
      if (size == 0 || size > ReaderWords.MAX_SPELLING_WORDS || ReaderWords.split(meant).isEmpty()) {
        throw new IllegalArgumentException("spelling '" + written + "' -> '" + meant + "' must map one to "
            + ReaderWords.MAX_SPELLING_WORDS + " words to at least one word");
      }
    });
    return new DangerVocabulary(categories, spellings, stemmer);
  }

  public List<DangerCategory> categories() {
    return categories;
  }

  /** The spellings as written in the pack, what a reader writes to what it stands for. */
  public Map<String, String> spellings() {
    return spellings;
  }

  public Optional<DangerCategory> category(String id) {
    return categories.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /**
   * The categories {@code text} signals, most specific first (the longest phrase that matched),
   * then in pack order; each once, with the phrase that matched.
   */
  public List<DangerMatch> recognise(String text) {
    List<String> stems = stemmer.apply(ReaderWords.respell(ReaderWords.split(text), respellings));
    Map<DangerCategory, DangerMatch> best = new LinkedHashMap<>();
    Set<DangerCategory> excepted = new HashSet<>();
    for (Phrase phrase : phrases) {
      if (phrase.except()) {
        if (phrase.forms().stream().anyMatch(form -> matches(stems, form, 0, -1))) {
          excepted.add(phrase.category());
        }
        continue;
      }
      for (List<String> form : phrase.forms()) {
        DangerMatch previous = best.get(phrase.category());
        if ((previous == null || previous.words() < form.size()) && matches(stems, form, 0, -1)) {
          best.put(phrase.category(), new DangerMatch(phrase.category(), phrase.text(), form.size()));
        }
      }
    }
    List<DangerMatch> matches = new ArrayList<>(best.values());
    matches.removeIf(m -> excepted.contains(m.category()));
    matches.sort(Comparator.comparingInt(DangerMatch::words).reversed()
        .thenComparingInt(m -> categories.indexOf(m.category())));
    return List.copyOf(matches);
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
    return words.contains(plain) || words.contains(stemmer.apply(List.of(plain)).get(0));
  }

  /** Every concept some category shows first: the concepts a danger word may lead to. */
  public Set<ConceptId> safetyConcepts() {
    Set<ConceptId> ids = new LinkedHashSet<>();
    categories.forEach(c -> ids.addAll(c.concepts()));
    return Set.copyOf(ids);
  }

  /** The same vocabulary naming only the concepts {@code known}, for a pack that inherits it. */
  public DangerVocabulary keepingConcepts(Predicate<ConceptId> known) {
    return new DangerVocabulary(categories.stream()
        .map(c -> c.withConcepts(c.concepts().stream().filter(known).toList())).toList(), spellings, stemmer);
  }

  private List<List<String>> forms(DangerCategory category, String text) {
    List<String> written = List.of(text.strip().split("\\s+"));
    List<Integer> optional = new ArrayList<>();
    List<String> plain = new ArrayList<>();
    for (int i = 0; i < written.size(); i++) {
      String word = written.get(i);
      boolean bracketed = word.startsWith("(") && word.endsWith(")") && word.length() > 2;
      if (!bracketed && (word.contains("(") || word.contains(")"))) {
        throw new IllegalArgumentException(where(category, text) + " has a bracket that does not enclose one word");
      }
      if (bracketed) {
        optional.add(i);
      }
      plain.add(bracketed ? word.substring(1, word.length() - 1) : word);
    }
    if (optional.size() > MAX_OPTIONAL) {
      throw new IllegalArgumentException(where(category, text) + " has " + optional.size()
          + " words in brackets; at most " + MAX_OPTIONAL + " may be left out");
    }
    List<List<String>> forms = new ArrayList<>();
    for (int mask = 0; mask < 1 << optional.size(); mask++) {
      List<String> kept = new ArrayList<>();
      for (int i = 0; i < plain.size(); i++) {
        int bit = optional.indexOf(i);
        if (bit < 0 || (mask & 1 << bit) == 0) {
          kept.add(plain.get(i));
        }
      }
      List<String> stems = stemmer.apply(ReaderWords.respell(ReaderWords.split(String.join(" ", kept)), respellings));
      if (stems.isEmpty()) {
        throw new IllegalArgumentException(where(category, text) + " has no word to match");
      }
      if (!forms.contains(stems)) {
        forms.add(stems);
      }
    }
    if (optional.size() == plain.size()) {
      throw new IllegalArgumentException(where(category, text) + " has every word in brackets; one must be matched");
    }
    return List.copyOf(forms);
  }

  private static String where(DangerCategory category, String text) {
    return "phrase '" + text + "' of danger category '" + category.id() + "'";
  }

  // Each phrase word after the previous one, at most MAX_GAP words later; the first anywhere.
  private static boolean matches(List<String> text, List<String> phrase, int next, int previous) {
    if (next == phrase.size()) {
      return true;
    }
    int from = previous + 1;
    int to = previous < 0 ? text.size() - 1 : Math.min(text.size() - 1, previous + 1 + MAX_GAP);
    for (int i = from; i <= to; i++) {
      if (text.get(i).equals(phrase.get(next)) && matches(text, phrase, next + 1, i)) {
        return true;
      }
    }
    return false;
  }
}
