package org.trustatlas.core.checkin;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.trustatlas.core.model.ConceptId;
import org.trustatlas.core.repair.ReaderRole;
import org.trustatlas.core.repair.Situation;
import org.trustatlas.core.safety.Region;
import org.trustatlas.core.safety.SafetyContext;
import org.trustatlas.core.safety.SafetyFlag;
import org.trustatlas.core.safety.TriState;

/**
 * What the answers so far mean, held only in memory. Immutable: each answer makes a new value, so a
 * front end can go back a question by keeping the previous step. Never shown by toString.
 */
final class Answers {

  private final Map<SafetyFlag, TriState> flags;
  private final Set<ConceptId> challenges;
  private final Set<ConceptId> aggravators;
  private final Optional<ReaderRole> role;
  private final Region region;
  private final boolean shared;

  private Answers(Map<SafetyFlag, TriState> flags, Set<ConceptId> challenges, Set<ConceptId> aggravators,
      Optional<ReaderRole> role, Region region, boolean shared) {
    this.flags = flags;
    this.challenges = challenges;
    this.aggravators = aggravators;
    this.role = role;
    this.region = region;
    this.shared = shared;
  }

  static Answers none(Region region) {
    return new Answers(new EnumMap<>(SafetyFlag.class), Set.of(), Set.of(), Optional.empty(), region, false);
  }

  Answers with(List<Choice> chosen) {
    Map<SafetyFlag, TriState> nextFlags = new EnumMap<>(SafetyFlag.class);
    nextFlags.putAll(flags);
    Set<ConceptId> nextChallenges = new LinkedHashSet<>(challenges);
    Set<ConceptId> nextAggravators = new LinkedHashSet<>(aggravators);
    Optional<ReaderRole> nextRole = role;
    Region nextRegion = region;
    boolean nextShared = shared;
    for (Choice choice : chosen) {
      nextShared |= choice.shared();
      choice.flags().forEach((flag, state) -> nextFlags.merge(flag, state, Answers::stronger));
      nextChallenges.addAll(choice.challenges());
      nextAggravators.addAll(choice.aggravators());
      if (choice.role().isPresent()) {
        nextRole = choice.role();
      }
      nextRegion = choice.region().orElse(nextRegion);
    }
    return new Answers(nextFlags, nextChallenges, nextAggravators, nextRole, nextRegion, nextShared);
  }

  /** Someone else can see or hear the answers: questions for a reader alone are skipped. */
  boolean shared() {
    return shared;
  }

  // Two answers about one flag: a yes outweighs doubt, and doubt outweighs a no.
  private static TriState stronger(TriState a, TriState b) {
    if (a == TriState.YES || b == TriState.YES) {
      return TriState.YES;
    }
    return a == TriState.UNKNOWN || b == TriState.UNKNOWN ? TriState.UNKNOWN : TriState.NO;
  }

  SafetyContext safety() {
    return new SafetyContext(flags, region);
  }

  List<ConceptId> challenges() {
    return new ArrayList<>(challenges);
  }

  boolean namesAChallenge() {
    return !challenges.isEmpty();
  }

  /** Without a role answer: a survivor when harm by a partner is signalled, else both partners. */
  Situation situation() {
    SafetyContext safety = safety();
    ReaderRole reader = role.orElse(safety.partnerHarmSignalled() ? ReaderRole.SURVIVOR : ReaderRole.BOTH);
    return new Situation(List.copyOf(challenges), reader, safety, List.copyOf(aggravators));
  }

  @Override
  public String toString() {
    return "Answers[not shown]";
  }
}
