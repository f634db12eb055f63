package org.trustatlas.content.search;

import java.util.List;
import java.util.Locale;
import org.trustatlas.core.model.Concept;

/** The short text shown under a hit: the alias the reader's words matched, or the summary's start. */
final class Snippets {

  private static final int MAX = 160;

  private Snippets() {}

  static String of(Concept concept, List<String> stems) {
    for (String alias : concept.aliases()) {
      if (containsAny(alias.toLowerCase(Locale.ROOT), stems)) {
        return "Also called \u201c" + alias + "\u201d. " + firstSentence(concept.summary());
      }
    }
    return firstSentence(concept.summary());
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

  private static String firstSentence(String summary) {
    int end = summary.indexOf(". ");
    String sentence = end < 0 ? summary : summary.substring(0, end + 1);
    return sentence.length() <= MAX ? sentence : sentence.substring(0, MAX - 1).strip() + "\u2026";
  }
}
