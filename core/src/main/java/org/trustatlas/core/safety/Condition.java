package org.trustatlas.core.safety;

import org.trustatlas.core.internal.Require;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.trustatlas.core.model.ActorRole;
import org.trustatlas.core.model.Challenge;
import org.trustatlas.core.model.ChallengeFamily;
import org.trustatlas.core.model.ConceptId;

/**
 * When a safety rule applies, as data a clinician can read: flags, challenge families or ids, who is
 * reading, and attributes of the candidate, combined with all-of, any-of and not. A condition that
 * tests the candidate is an item rule; one that does not applies to the whole answer.
 */
public sealed interface Condition {

  /**
   * Whether the condition holds. Without a candidate (the whole answer is being assessed), tests of
   * the candidate are false.
   */
  boolean holds(SafetyContext context, Collection<Challenge> challenges, Optional<Candidate> candidate);

  /** Whether this condition tests the candidate anywhere inside it. */
  default boolean aboutCandidate() {
    return false;
  }

  /** What a condition comes to for a situation before any candidate is known. */
  enum Settled {
    /** Holds whatever the candidate. */
    ALWAYS,
    /** Holds for no candidate. */
    NEVER,
    /** Holds for some candidates only. */
    ON_CANDIDATE
  }

  /**
   * Whether the condition holds for every candidate in this situation, for none, or depends on the
   * candidate: what a gate needs to set a rule aside once for a whole answer. A condition that does
   * not test the candidate is settled by the situation alone.
   */
  default Settled settle(SafetyContext context, Collection<Challenge> challenges) {
    if (aboutCandidate()) {
      return Settled.ON_CANDIDATE;
    }
    return holds(context, challenges, Optional.empty()) ? Settled.ALWAYS : Settled.NEVER;
  }

  /**
   * All-of and any-of settled alike: one part settled {@code decisive} (never for all-of, always for
   * any-of) settles the whole; otherwise the whole depends on the candidate if a part does, and is
   * {@code unanimous} if none does.
   */
  private static Settled settleParts(List<Condition> parts, Settled decisive, Settled unanimous, SafetyContext context,
      Collection<Challenge> challenges) {
    Settled settled = unanimous;
    for (Condition part : parts) {
      Settled one = part.settle(context, challenges);
      if (one == decisive) {
        return decisive;
      }
      if (one == Settled.ON_CANDIDATE) {
        settled = Settled.ON_CANDIDATE;
      }
    }
    return settled;
  }

  /** Holds when every one of the given conditions holds. */
  static Condition allOf(Condition... all) {
    return new AllOf(List.of(all));
  }

  /** Holds when at least one of the given conditions holds. */
  static Condition anyOf(Condition... any) {
    return new AnyOf(List.of(any));
  }

  /** Holds when the given condition does not. */
  static Condition not(Condition condition) {
    return new Not(condition);
  }

  /** Holds when the reader answered at least one of these safety flags with {@code state}. */
  static Condition anyFlag(TriState state, SafetyFlag... flags) {
    return new FlagIs(List.of(flags), state);
  }

  /** Holds when a challenge of one of these families is present. */
  static Condition family(ChallengeFamily... families) {
    return new FamilyPresent(List.of(families));
  }

  /** Holds when one of these challenges (by concept id) is present. */
  static Condition challenge(String... ids) {
    return new ChallengePresent(Stream.of(ids).map(ConceptId::of).toList());
  }

  /** Holds when the suggestion being judged has this trait. */
  static Condition candidate(CandidateTrait trait) {
    return new CandidateIs(trait);
  }

  /** Holds when the suggestion is a step for one of these actors. */
  static Condition actor(ActorRole... actors) {
    return new ActorIs(List.of(actors));
  }

  /** Holds when the person reading is in one of these roles. */
  static Condition reader(ActorRole... readers) {
    return new ReaderIs(List.of(readers));
  }

  /** Every part holds. */
  record AllOf(List<Condition> all) implements Condition {
    public AllOf {
      all = Require.nonEmpty(all, "allOf");
    }

    @Override
    public boolean holds(SafetyContext context, Collection<Challenge> challenges, Optional<Candidate> candidate) {
      // Indexed: a gate asks every rule about every candidate of a plan, and an iterator each time
      // is most of what that allocates.
      for (int i = 0; i < all.size(); i++) {
        if (!all.get(i).holds(context, challenges, candidate)) {
          return false;
        }
      }
      return true;
    }

    @Override
    public Settled settle(SafetyContext context, Collection<Challenge> challenges) {
      return settleParts(all, Settled.NEVER, Settled.ALWAYS, context, challenges);
    }

    @Override
    public boolean aboutCandidate() {
      return all.stream().anyMatch(Condition::aboutCandidate);
    }
  }

  /** At least one part holds. */
  record AnyOf(List<Condition> any) implements Condition {
    public AnyOf {
      any = Require.nonEmpty(any, "anyOf");
    }

    @Override
    public boolean holds(SafetyContext context, Collection<Challenge> challenges, Optional<Candidate> candidate) {
      for (int i = 0; i < any.size(); i++) {
        if (any.get(i).holds(context, challenges, candidate)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public Settled settle(SafetyContext context, Collection<Challenge> challenges) {
      return settleParts(any, Settled.ALWAYS, Settled.NEVER, context, challenges);
    }

    @Override
    public boolean aboutCandidate() {
      return any.stream().anyMatch(Condition::aboutCandidate);
    }
  }

  /** The part does not hold. */
  record Not(Condition condition) implements Condition {
    public Not {
      Objects.requireNonNull(condition, "not needs a condition");
    }

    @Override
    public boolean holds(SafetyContext context, Collection<Challenge> challenges, Optional<Candidate> candidate) {
      return !condition.holds(context, challenges, candidate);
    }

    @Override
    public Settled settle(SafetyContext context, Collection<Challenge> challenges) {
      return switch (condition.settle(context, challenges)) {
        case ALWAYS -> Settled.NEVER;
        case NEVER -> Settled.ALWAYS;
        case ON_CANDIDATE -> Settled.ON_CANDIDATE;
      };
    }

    @Override
    public boolean aboutCandidate() {
      return condition.aboutCandidate();
    }
  }

  /** Any of the flags is in the given state. */
  record FlagIs(List<SafetyFlag> flags, TriState state) implements Condition {
    public FlagIs {
      flags = Require.nonEmpty(flags, "flag.any").stream().distinct().toList();
      Objects.requireNonNull(state, "flag.is must not be null");
    }

    @Override
    public boolean holds(SafetyContext context, Collection<Challenge> challenges, Optional<Candidate> candidate) {
      return context.any(state, flags);
    }
  }

  /** A challenge of one of these families is part of the situation. */
  record FamilyPresent(List<ChallengeFamily> families) implements Condition {
    public FamilyPresent {
      families = Require.nonEmpty(families, "family").stream().distinct().toList();
    }

    @Override
    public boolean holds(SafetyContext context, Collection<Challenge> challenges, Optional<Candidate> candidate) {
      for (Challenge challenge : challenges) {
        if (families.contains(challenge.family())) {
          return true;
        }
      }
      return false;
    }
  }

  /** One of these challenges, by id, is part of the situation; ids are checked against the pack on load. */
  record ChallengePresent(List<ConceptId> challenges) implements Condition {
    public ChallengePresent {
      challenges = Require.nonEmpty(challenges, "challenge").stream().distinct().toList();
    }

    @Override
    public boolean holds(SafetyContext context, Collection<Challenge> present, Optional<Candidate> candidate) {
      return present.stream().anyMatch(c -> challenges.contains(c.id()));
    }
  }

  /** The candidate has this attribute. */
  record CandidateIs(CandidateTrait trait) implements Condition {
    public CandidateIs {
      Objects.requireNonNull(trait, "candidate trait must not be null");
    }

    @Override
    public boolean holds(SafetyContext context, Collection<Challenge> challenges, Optional<Candidate> candidate) {
      return candidate.isPresent() && trait.holdsFor(candidate.get());
    }

    @Override
    public boolean aboutCandidate() {
      return true;
    }
  }

  /** The candidate is a strategy whose one actor is among these roles. */
  record ActorIs(List<ActorRole> actors) implements Condition {
    public ActorIs {
      actors = Require.nonEmpty(actors, "actor").stream().distinct().toList();
    }

    @Override
    public boolean holds(SafetyContext context, Collection<Challenge> challenges, Optional<Candidate> candidate) {
      return candidate.flatMap(Candidate::actor).map(actors::contains).orElse(false);
    }

    @Override
    public boolean aboutCandidate() {
      return true;
    }
  }

  /**
   * The reader is known to be in one of these roles (the person harmed, the partner who used harm, a
   * supporter...). False when the reader is unknown, so a rule keyed to a reader never fires on a
   * guess.
   */
  record ReaderIs(List<ActorRole> readers) implements Condition {
    public ReaderIs {
      readers = Require.nonEmpty(readers, "reader").stream().distinct().toList();
      if (readers.contains(ActorRole.INDIVIDUAL)) {
        throw new IllegalArgumentException("'individual' is not a reader: a reader is one of "
            + String.join(", ", java.util.Arrays.stream(ActorRole.values()).filter(r -> r != ActorRole.INDIVIDUAL)
                .map(ActorRole::slug).toList()));
      }
    }

    @Override
    public boolean holds(SafetyContext context, Collection<Challenge> challenges, Optional<Candidate> candidate) {
      return context.readBy(readers);
    }
  }
}
