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
    // Loops rather than streams: built for every concept and relation on each start of the CLI.
    TreeSet<SentenceRef> sorted = new TreeSet<>(Require.list(sentences, "sentences"));
    sentences = List.copyOf(sorted);
    sources = List.copyOf(new LinkedHashSet<>(Require.list(sources, "sources")));
    if (sentences.isEmpty() && sources.isEmpty()) {
      throw new IllegalArgumentException("needs at least one article sentence or one source");
    }
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
