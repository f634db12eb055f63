package org.trustatlas.core.model;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A rule of the atlas that some content breaks, with what it is about. The loader turns the
 * subject into a file, line and column; the rule itself lives once, here in core.
 */
public record Violation(Subject subject, String message, Optional<String> item) {

  /**
   * @param item the one item of a list field at fault, as it is written (the sentence id a concept cites
   *     that the article does not have), so the loader can point at that item rather than the whole list
   */
  public Violation {
    Objects.requireNonNull(subject, "subject must not be null");
    Objects.requireNonNull(message, "message must not be null");
    Objects.requireNonNull(item, "item must not be null");
  }

  public Violation(Subject subject, String message) {
    this(subject, message, Optional.empty());
  }

  /** What a violation is about. {@code field} names the offending attribute, if one does. */
  public sealed interface Subject {
    /** The field of the subject the rule is about, when it is about one field. */
    Optional<String> field();

    /**
     * An exhaustive switch over the three subjects (Java 17 has no pattern switch): exactly one
     * function runs, and adding a subject breaks every caller at compile time.
     */
    <R> R match(Function<OfConcept, R> concept, Function<OfRelation, R> relation, Function<OfSentence, R> sentence);
  }

  /** The concept at {@code index} in the order concepts were given (its id may be the problem). */
  public record OfConcept(int index, ConceptId id, Optional<String> field) implements Subject {
    @Override
    public <R> R match(Function<OfConcept, R> concept, Function<OfRelation, R> relation,
        Function<OfSentence, R> sentence) {
      return concept.apply(this);
    }
  }

  /** The relation at {@code index} in the order relations were given. */
  public record OfRelation(int index, Optional<String> field) implements Subject {
    @Override
    public <R> R match(Function<OfConcept, R> concept, Function<OfRelation, R> relation,
        Function<OfSentence, R> sentence) {
      return relation.apply(this);
    }
  }

  /** A sentence of the article. */
  public record OfSentence(SentenceRef sentence, Optional<String> field) implements Subject {
    @Override
    public <R> R match(Function<OfConcept, R> concept, Function<OfRelation, R> relation,
        Function<OfSentence, R> sentence) {
      return sentence.apply(this);
    }
  }

  static Violation concept(int index, ConceptId id, String field, String message) {
    return new Violation(new OfConcept(index, id, Optional.ofNullable(field)), message);
  }

  static Violation relation(int index, String field, String message) {
    return new Violation(new OfRelation(index, Optional.ofNullable(field)), message);
  }

  /** A concept's list {@code field} has {@code item}, which breaks a rule. */
  static Violation conceptItem(int index, ConceptId id, String field, String item, String message) {
    return new Violation(new OfConcept(index, id, Optional.of(field)), message, Optional.of(item));
  }

  /** A relation's list {@code field} has {@code item}, which breaks a rule. */
  static Violation relationItem(int index, String field, String item, String message) {
    return new Violation(new OfRelation(index, Optional.of(field)), message, Optional.of(item));
  }

  static Violation sentence(SentenceRef sentence, String message) {
    return new Violation(new OfSentence(sentence, Optional.empty()), message);
  }

  @Override
  public String toString() {
    return message;
  }
}
