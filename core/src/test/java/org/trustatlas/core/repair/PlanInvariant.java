package org.trustatlas.core.repair;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.trustatlas.core.model.ActorRole;
import org.trustatlas.core.model.Challenge;
import org.trustatlas.core.model.Outcome;
import org.trustatlas.core.model.RebuildingStrategy;
import org.trustatlas.core.safety.FlagCombinations;
import org.trustatlas.core.safety.Notice;
import org.trustatlas.core.safety.Region;
import org.trustatlas.core.safety.SafetyFlag;
import org.trustatlas.core.safety.SafetyRule;
import org.trustatlas.core.safety.SafetyRulesFixture;
import org.trustatlas.core.safety.ServiceType;
import org.trustatlas.core.safety.TriState;

/** One safety invariant of plans; {@link #check} says what is broken in a plan, if anything. */
enum PlanInvariant {
  NO_CONJOINT_STEP_UNDER_PARTNER_HARM {
    @Override
    Optional<String> check(Case c) {
      return c.partnerHarm() ? first(c, c.plan().steps().stream().filter(s -> strategy(s).conjoint())) : none();
    }
  },
  NO_SHARED_FAULT_UNDER_PARTNER_HARM {
    @Override
    Optional<String> check(Case c) {
      return c.partnerHarm() ? first(c, c.plan().steps().stream()
          .filter(s -> s.actor() == ActorRole.BOTH && strategy(s).involvesFault())) : none();
    }
  },
  FORGIVENESS_NEVER_REQUIRED {
    @Override
    Optional<String> check(Case c) {
      boolean required = c.plan().requirements().stream()
          .anyMatch(r -> AtlasFixture.atlas().concept(r.id()).orElseThrow() instanceof Outcome);
      boolean mandatory = c.plan().outcomes().stream()
          .anyMatch(o -> o.id().value().equals("forgiveness") && !o.optional());
      return required || mandatory ? Optional.of(c.toString()) : none();
    }
  },
  EMERGENCY_NUMBER_AND_DV_SERVICE_FIRST {
    @Override
    Optional<String> check(Case c) {
      if (!c.harmOrDanger()) {
        return none();
      }
      Region region = c.situation().region();
      // JP lists neither an emergency number nor services of its own.
      boolean ownNumber = !region.international() && !region.code().equals("JP");
      boolean ownServices = ownNumber;
      boolean numberFirst = c.plan().safety().startsWithEmergencyNumber()
          && c.plan().safety().emergencyNumber().region().equals(ownNumber ? region : Region.INTERNATIONAL);
      boolean dv = c.plan().safety().services().stream().anyMatch(s -> s.resource().covers(ServiceType.DOMESTIC_VIOLENCE)
          && (s.resource().region().equals(region) || !ownServices && s.resource().region().international()));
      return numberFirst && dv ? none() : Optional.of(c.toString());
    }
  },
  UNKNOWN_FLAGS_ARE_NOT_MET_WITH_SILENCE {
    @Override
    Optional<String> check(Case c) {
      List<String> notices = c.plan().safety().notices().stream().map(Notice::ruleId).toList();
      // Separate screening suggests couples therapists; once harm or danger is signalled it is left out.
      List<String> expected = c.harmOrDanger() ? List.of("unknown-flags-neutral-safety-note")
          : List.of("unknown-flags-neutral-safety-note", "unknown-flags-separate-screening");
      return c.situation().safety().anyUnknown() && !notices.containsAll(expected) ? Optional.of(c.toString()) : none();
    }
  },
  NO_COUPLES_WORDING_IN_A_HARM_SAFETY_BLOCK {
    @Override
    Optional<String> check(Case c) {
      return c.harmOrDanger() ? c.plan().safety().notices().stream()
          .filter(n -> n.text().toLowerCase(java.util.Locale.ROOT).contains("couples"))
          .map(n -> n.ruleId() + " in " + c).findFirst() : none();
    }
  },
  THE_PARTNER_WHO_USED_HARM_IS_NEVER_TOLD_IT_IS_NOT_THEIR_FAULT {
    @Override
    Optional<String> check(Case c) {
      boolean usingHarm = c.situation().role() == ReaderRole.USING_HARM
          || c.situation().role() == ReaderRole.INVOLVED_PARTNER && c.challenges().stream().anyMatch(Challenge::isPartnerHarm);
      return usingHarm && c.plan().safety().notices().stream().anyMatch(n -> n.text().contains("never your fault"))
          ? Optional.of(c.toString()) : none();
    }
  },
  ONE_ACTOR_AND_A_REASON_PER_STEP {
    @Override
    Optional<String> check(Case c) {
      return first(c, c.plan().steps().stream().filter(s -> s.actor() != strategy(s).actor() || s.why().isBlank()
          || s.sentences().isEmpty() && s.sources().isEmpty()));
    }
  },
  DANGER_NOTICE_AFTER_THE_NUMBER {
    @Override
    Optional<String> check(Case c) {
      boolean danger = c.situation().safety().flag(SafetyFlag.IMMEDIATE_DANGER) == TriState.YES;
      return danger && !c.plan().safety().notices().get(0).ruleId().equals("immediate-danger-comes-first")
          ? Optional.of(c.toString()) : none();
    }
  },
  SUPPRESSIONS_NAME_A_RULE {
    @Override
    Optional<String> check(Case c) {
      return c.plan().suppressed().stream().filter(s -> !RULES.contains(s.ruleId()))
          .map(s -> s.id() + " by " + s.ruleId() + " in " + c).findFirst();
    }
  },
  SUPPRESSED_MEANS_ABSENT {
    @Override
    Optional<String> check(Case c) {
      Set<String> left = c.plan().suppressed().stream().map(s -> s.id().value()).collect(Collectors.toSet());
      return first(c, c.plan().steps().stream().filter(s -> left.contains(s.strategy().value())));
    }
  };

  private static final Set<String> RULES =
      SafetyRulesFixture.defaults().stream().map(SafetyRule::id).collect(Collectors.toSet());

  abstract Optional<String> check(Case c);

  /** One generated situation and its plan. */
  record Case(Situation situation, List<Challenge> challenges, RepairPlan plan) {
    boolean partnerHarm() {
      return challenges.stream().anyMatch(Challenge::isPartnerHarm) || situation.safety().partnerHarmSignalled()
          || situation.role() == ReaderRole.USING_HARM;
    }

    boolean harmOrDanger() {
      return partnerHarm() || FlagCombinations.harmOrDanger(situation.safety());
    }

    @Override
    public String toString() {
      return situation.challenges() + " as " + situation.role().slug() + " in " + situation.region() + " with "
          + situation.safety().flags();
    }
  }

  private static Optional<String> first(Case c, java.util.stream.Stream<Step> offending) {
    return offending.findFirst().map(s -> s.strategy() + " in " + c);
  }

  private static Optional<String> none() {
    return Optional.empty();
  }

  private static RebuildingStrategy strategy(Step step) {
    return (RebuildingStrategy) AtlasFixture.atlas().concept(step.strategy()).orElseThrow();
  }
}
