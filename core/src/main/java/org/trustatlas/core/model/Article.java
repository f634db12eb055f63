package org.trustatlas.core.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trustatlas.core.internal.Require;

/** The article the atlas models, as canonical numbered sentences S01, S02, ... without gaps. */
public final class Article {

  private final String title;
  private final List<Sentence> sentences;
  private final Map<SentenceRef, Sentence> byRef;

  private Article(String title, List<Sentence> sentences) {
    this.title = Require.text(title, "article title");
    this.sentences = Require.list(sentences, "article sentences");
    if (this.sentences.isEmpty()) {
      throw new IllegalArgumentException("article needs at least one sentence");
    }
    Map<SentenceRef, Sentence> index = new LinkedHashMap<>();
    for (int i = 0; i < this.sentences.size(); i++) {
      Sentence sentence = this.sentences.get(i);
      if (sentence.ref().number() != i + 1) {
        throw new IllegalArgumentException(
            "article sentence " + (i + 1) + " has id " + sentence.ref() + "; ids must run S01, S02, ... in order");
      }
      index.put(sentence.ref(), sentence);
    }
    this.byRef = Map.copyOf(index);
  }

  /** The article with its title and its sentences in reading order, each with a distinct {@link SentenceRef}. */
  public static Article of(String title, List<Sentence> sentences) {
    return new Article(title, sentences);
  }

  /** The article's title. */
  public String title() {
    return title;
  }

  /** Every sentence in reading order (S01 first); unmodifiable. */
  public List<Sentence> sentences() {
    return sentences;
  }

  /** The sentence {@code ref} names, or empty when this article has no such sentence. */
  public Optional<Sentence> sentence(SentenceRef ref) {
    return Optional.ofNullable(byRef.get(ref));
  }

  /** Whether this article has the sentence {@code ref} names: a citation of any other is a broken reference. */
  public boolean contains(SentenceRef ref) {
    return byRef.containsKey(ref);
  }

  /** Section headings in article order. */
  public List<String> sections() {
    return sentences.stream().map(Sentence::section).distinct().toList();
  }

  /** The sentences under one heading, in reading order; empty for a heading the article does not have. */
  public List<Sentence> section(String heading) {
    return sentences.stream().filter(s -> s.section().equals(heading)).toList();
  }
}
