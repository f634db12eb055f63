package org.trustatlas.content.search;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.trustatlas.core.model.Concept;
import org.trustatlas.core.model.ConceptId;

/**
 * The short text shown under a hit: the alias the reader's words matched, or the summary's start.
 * What a concept's snippets are made of (its aliases folded to lower case, and each text it can
 * show) is worked out the first time it is a hit, then kept with the index: every search used to
 * fold every alias and cut every summary of every hit again. Only the pack's own text is kept, never
 * a reader's words. Thread-safe.
 */
final class Snippets {

  private static final int MAX = 160;

  private final Map<ConceptId, Texts> byConcept = new ConcurrentHashMap<>();

  String of(Concept concept, List<String> stems) {
    Texts texts = byConcept.computeIfAbsent(concept.id(), id -> Texts.of(concept));
    if (texts.concept != concept) {
      texts = Texts.of(concept);    // another concept with this id: a request may pin one of its own
    }
    for (int i = 0; i < texts.aliases.length; i++) {
      if (containsAny(texts.aliases[i], stems)) {
        return texts.alsoCalled[i];
      }
    }
    return texts.summary;
  }

  // A plain loop: this runs for every alias of every hit of every search.
  private static boolean containsAny(String alias, List<String> stems) {
    for (String stem : stems) {
      if (alias.contains(stem)) {
        return true;
      }
    }
    return false;
  }

  /** One concept's aliases in lower case, the snippet each would give, and its summary's start. */
  private static final class Texts {
    final Concept concept;
    final String[] aliases;
    final String[] alsoCalled;
    final String summary;

    private Texts(Concept concept, String[] aliases, String[] alsoCalled, String summary) {
      this.concept = concept;
      this.aliases = aliases;
      this.alsoCalled = alsoCalled;
      this.summary = summary;
    }

    static Texts of(Concept concept) {
      List<String> aliases = concept.aliases();
      String summary = firstSentence(concept.summary());
      String[] folded = new String[aliases.size()];
      String[] alsoCalled = new String[aliases.size()];
      for (int i = 0; i < folded.length; i++) {
        folded[i] = aliases.get(i).toLowerCase(Locale.ROOT);
        alsoCalled[i] = "Also called \u201c" + aliases.get(i) + "\u201d. " + summary;
      }
      return new Texts(concept, folded, alsoCalled, summary);
    }

    private static String firstSentence(String summary) {
      int end = summary.indexOf(". ");
      String sentence = end < 0 ? summary : summary.substring(0, end + 1);
      return sentence.length() <= MAX ? sentence : sentence.substring(0, MAX - 1).strip() + "\u2026";
    }
  }
}
