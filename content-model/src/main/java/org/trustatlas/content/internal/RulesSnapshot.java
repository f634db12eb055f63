package org.trustatlas.content.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.trustatlas.core.model.ActorRole;
import org.trustatlas.core.model.ChallengeFamily;
import org.trustatlas.core.safety.CandidateTrait;
import org.trustatlas.core.safety.Condition;
import org.trustatlas.core.safety.Effect;
import org.trustatlas.core.safety.EffectKind;
import org.trustatlas.core.safety.SafetyFlag;
import org.trustatlas.core.safety.SafetyRule;
import org.trustatlas.core.safety.ServiceType;
import org.trustatlas.core.safety.TriState;

/**
 * The snapshot part for the safety rules, conditions as a tagged tree. A new kind of {@link
 * Condition} gets a tag here, in {@link #condition(SnapshotOut, Condition)} and its reader; until it
 * does, writing the bundled pack fails the build, naming the kind.
 */
final class RulesSnapshot {

  private RulesSnapshot() {}

  static void write(List<SafetyRule> rules, SnapshotOut out) throws IOException {
    out.list(rules, (o, rule) -> {
      o.text(rule.id());
      condition(o, rule.condition());
      o.constant(rule.effect().kind());
      o.optionalText(rule.effect().text());
      o.constants(rule.effect().refer());
      o.text(rule.rationale());
      o.text(rule.source());
    });
  }

  static List<SafetyRule> read(SnapshotIn in) throws IOException {
    List<SafetyRule> rules = new ArrayList<>();
    for (int n = in.count(); n > 0; n--) {
      rules.add(new SafetyRule(in.text(), condition(in),
          new Effect(in.constant(EffectKind.values()), in.optionalText(), in.constants(ServiceType.values())),
          in.text(), in.text()));
    }
    return rules;
  }

  private static void condition(SnapshotOut out, Condition condition) throws IOException {
    if (condition instanceof Condition.AllOf all) {
      out.text("all-of");
      out.list(all.all(), RulesSnapshot::condition);
    } else if (condition instanceof Condition.AnyOf any) {
      out.text("any-of");
      out.list(any.any(), RulesSnapshot::condition);
    } else if (condition instanceof Condition.Not not) {
      out.text("not");
      condition(out, not.condition());
    } else if (condition instanceof Condition.FlagIs flag) {
      out.text("flag");
      out.constants(flag.flags());
      out.constant(flag.state());
    } else if (condition instanceof Condition.FamilyPresent family) {
      out.text("family");
      out.constants(family.families());
    } else if (condition instanceof Condition.ChallengePresent challenge) {
      out.text("challenge");
      out.list(challenge.challenges(), (o, id) -> o.text(id.value()));
    } else if (condition instanceof Condition.CandidateIs candidate) {
      out.text("candidate");
      out.constant(candidate.trait());
    } else if (condition instanceof Condition.ActorIs actor) {
      out.text("actor");
      out.constants(actor.actors());
    } else if (condition instanceof Condition.ReaderIs reader) {
      out.text("reader");
      out.constants(reader.readers());
    } else {
      throw new IllegalArgumentException("the snapshot has no form for the condition "
          + condition.getClass().getSimpleName() + "; add one to RulesSnapshot");
    }
  }

  private static List<Condition> conditions(SnapshotIn in) throws IOException {
    List<Condition> conditions = new ArrayList<>();
    for (int n = in.count(); n > 0; n--) {
      conditions.add(condition(in));
    }
    return conditions;
  }

  private static Condition condition(SnapshotIn in) throws IOException {
    String tag = in.text();
    return switch (tag) {
      case "all-of" -> new Condition.AllOf(conditions(in));
      case "any-of" -> new Condition.AnyOf(conditions(in));
      case "not" -> new Condition.Not(condition(in));
      case "flag" -> new Condition.FlagIs(in.constants(SafetyFlag.values()), in.constant(TriState.values()));
      case "family" -> new Condition.FamilyPresent(in.constants(ChallengeFamily.values()));
      case "challenge" -> new Condition.ChallengePresent(CheckInSnapshot.ids(in));
      case "candidate" -> new Condition.CandidateIs(in.constant(CandidateTrait.values()));
      case "actor" -> new Condition.ActorIs(in.constants(ActorRole.values()));
      case "reader" -> new Condition.ReaderIs(in.constants(ActorRole.values()));
      default -> throw new IOException("the rules snapshot has a condition '" + tag + "' this build cannot read");
    };
  }
}
