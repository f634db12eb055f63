package org.trustatlas.core.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.trustatlas.core.internal.Require;

/**
 * What a concept or relation rests on: sentences of the article, external sources, or both. Never
 * empty: an uncited claim cannot enter the atlas.
 */
public record Citations(List<SentenceRef> sentences, List<SourceRef> sources) {

  public Citations {
    // Built for every concept and relation on each start of the CLI, mostly from lists that are
    // already sorted and short (a snapshot writes them so): those are copied without a set.
    sentences = sortedOnce(Require.list(sentences, "sentences"));
    sources = once(Require.list(sources, "sources"));
    if (sentences.isEmpty() && sources.isEmpty()) {
      throw new IllegalArgumentException("needs at least one article sentence or one source");
    }
  }

  private static List<SentenceRef> sortedOnce(List<SentenceRef> sentences) {
    for (int i = 1; i < sentences.size(); i++) {
      if (sentences.get(i - 1).compareTo(sentences.get(i)) >= 0) {
        return List.copyOf(new TreeSet<>(sentences));
      }
    }
    return List.copyOf(sentences);
  }

  private static List<SourceRef> once(List<SourceRef> sources) {
    for (int i = 1; i < sources.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (sources.get(j).key().equals(sources.get(i).key())) {
          return List.copyOf(new LinkedHashSet<>(sources));
        }
      }
    }
    return List.copyOf(sources);
  }

  /** Citations of the article's sentences and of external sources; at least one of the two must be given. */
  public static Citations of(List<SentenceRef> sentences, List<SourceRef> sources) {
    return new Citations(sentences, sources);
  }

  /** Citations of the article only, by sentence id ({@code "S03", "S10"}). */
  public static Citations sentences(String... ids) {
    return new Citations(Stream.of(ids).map(SentenceRef::of).toList(), List.of());
  }

  /**
   * The sources {@code first} cites, then those each of {@code more} adds, once each in that order:
   * the Sources list of a page that shows all of these citations, so every key it shows resolves.
   */
  public static List<SourceRef> sourcesOf(Citations first, List<Citations> more) {
    LinkedHashSet<SourceRef> all = new LinkedHashSet<>(first.sources());
    for (Citations citations : more) {
      all.addAll(citations.sources());
    }
    return List.copyOf(all);
  }

  /** Whether these citations include the given sentence of the article. */
  public boolean cites(SentenceRef sentence) {
    return sentences.contains(sentence);
  }
}
