package org.trustatlas.content.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.trustatlas.core.model.ActorRole;
import org.trustatlas.core.model.ChallengeFamily;
import org.trustatlas.core.model.ConceptId;
import org.trustatlas.core.model.ConceptKind;
import org.trustatlas.core.internal.Slugs;
import org.trustatlas.core.model.SourceRef;
import org.trustatlas.core.internal.Suggestions;
import org.trustatlas.core.safety.CandidateTrait;
import org.trustatlas.core.safety.Condition;
import org.trustatlas.core.safety.Effect;
import org.trustatlas.core.safety.EffectKind;
import org.trustatlas.core.safety.SafetyFlag;
import org.trustatlas.core.safety.SafetyRule;
import org.trustatlas.core.safety.ServiceType;
import org.trustatlas.core.safety.TriState;

/** Maps shape-checked {@code safety-rules.yaml} entries to core rules, reporting each problem in place. */
final class RuleReader {

  /** A key a condition may have, and how to read it. */
  private record Key(String name, Function<SafetyRulesFile.Condition, Object> value) {}

  private static final List<Key> KEYS = List.of(
      new Key("allOf", SafetyRulesFile.Condition::allOf), new Key("anyOf", SafetyRulesFile.Condition::anyOf),
      new Key("not", SafetyRulesFile.Condition::not), new Key("flag", SafetyRulesFile.Condition::flag),
      new Key("family", SafetyRulesFile.Condition::family), new Key("challenge", SafetyRulesFile.Condition::challenge),
      new Key("candidate", SafetyRulesFile.Condition::candidate), new Key("actor", SafetyRulesFile.Condition::actor),
      new Key("reader", SafetyRulesFile.Condition::reader));

  private static final String KEY_NAMES = String.join(", ", KEYS.stream().map(Key::name).toList());

  private final Map<String, SourceRef> bibliography;
  private final PackConcepts concepts;
  private final Problems problems;

  RuleReader(Map<String, SourceRef> bibliography, PackConcepts concepts, Problems problems) {
    this.bibliography = bibliography;
    this.concepts = concepts;
    this.problems = problems;
  }

  /** Every rule in file order, or empty when any of them has a problem (all of which are reported). */
  Optional<List<SafetyRule>> read(YamlDocument doc) {
    List<SafetyRule> rules = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    boolean ok = true;
    for (Located<SafetyRulesFile.Rule> entry : FileShape.entries(doc, "rules", SafetyRulesFile.Rule.class, problems)) {
      Optional<SafetyRule> rule = entry.value() == null ? Optional.empty() : rule(entry);
      if (rule.isPresent() && !ids.add(rule.get().id())) {
        entry.report(problems, "id", "duplicate safety rule id '" + rule.get().id() + "'");
        rule = Optional.empty();
      }
      rule.ifPresent(rules::add);
      ok &= rule.isPresent();
    }
    return ok ? Optional.of(rules) : Optional.empty();
  }

  private Optional<SafetyRule> rule(Located<SafetyRulesFile.Rule> entry) {
    SafetyRulesFile.Rule r = entry.value();
    Optional<Condition> condition = condition(entry.doc(), entry.pointer() + "/condition", r.condition());
    Optional<Effect> effect = effect(entry, r.effect());
    boolean cited = bibliography.containsKey(r.source());
    if (!cited) {
      entry.report(problems, "source", "unknown source '" + r.source() + "'; add it to the bibliography in pack.yaml"
          + Suggestions.hint(r.source(), bibliography.keySet()));
    }
    if (condition.isEmpty() || effect.isEmpty() || !cited) {
      return Optional.empty();
    }
    try {
      return Optional.of(new SafetyRule(r.id(), condition.get(), effect.get(), r.rationale(), r.source()));
    } catch (IllegalArgumentException invalid) {
      entry.report(problems, null, invalid.getMessage());
      return Optional.empty();
    }
  }

  // Exactly one key: two keys in one mapping would silently mean "all of them" to some readers and
  // "either" to others, so the editor is asked to say which with allOf or anyOf.
  private Optional<Condition> condition(YamlDocument doc, String at, SafetyRulesFile.Condition c) {
    List<String> present = KEYS.stream().filter(k -> k.value().apply(c) != null).map(Key::name).toList();
    if (present.size() != 1) {
      doc.report(problems, at, present.isEmpty() ? "empty condition; write exactly one of " + KEY_NAMES
          : "a condition has exactly one key, this one has " + String.join(" and ", present)
              + "; combine them under allOf or anyOf");
      return Optional.empty();
    }
    String key = present.get(0);
    try {
      return build(doc, at + "/" + key, key, c);
    } catch (IllegalArgumentException invalid) {
      doc.report(problems, at + "/" + key, invalid.getMessage());
      return Optional.empty();
    }
  }

  private Optional<Condition> build(YamlDocument doc, String at, String key, SafetyRulesFile.Condition c) {
    return switch (key) {
      case "allOf" -> all(doc, at, c.allOf()).map(Condition.AllOf::new);
      case "anyOf" -> all(doc, at, c.anyOf()).map(Condition.AnyOf::new);
      case "not" -> condition(doc, at, c.not()).map(Condition.Not::new);
      case "flag" -> Optional.of(new Condition.FlagIs(slugs(SafetyFlag.class, c.flag().any()),
          slug(TriState.class, c.flag().is())));
      case "family" -> Optional.of(new Condition.FamilyPresent(slugs(ChallengeFamily.class, c.family())));
      case "challenge" -> challenges(doc, at, c.challenge()).map(Condition.ChallengePresent::new);
      case "candidate" -> Optional.of(new Condition.CandidateIs(slug(CandidateTrait.class, c.candidate())));
      case "actor" -> Optional.of(new Condition.ActorIs(slugs(ActorRole.class, c.actor())));
      case "reader" -> Optional.of(new Condition.ReaderIs(slugs(ActorRole.class, c.reader())));
      default -> throw new IllegalStateException("no condition key " + key);
    };
  }

  private Optional<List<Condition>> all(YamlDocument doc, String at, List<SafetyRulesFile.Condition> parts) {
    List<Condition> read = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < parts.size(); i++) {
      Optional<Condition> part = condition(doc, at + "/" + i, parts.get(i));
      part.ifPresent(read::add);
      ok &= part.isPresent();
    }
    return ok ? Optional.of(read) : Optional.empty();
  }

  private Optional<List<ConceptId>> challenges(YamlDocument doc, String at, List<String> ids) {
    List<ConceptId> read = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      concepts.check(doc, at + "/" + i, ids.get(i), ConceptKind.CHALLENGE, problems).ifPresent(read::add);
    }
    return read.size() == ids.size() ? Optional.of(read) : Optional.empty();
  }

  private Optional<Effect> effect(Located<SafetyRulesFile.Rule> entry, SafetyRulesFile.Effect e) {
    try {
      List<ServiceType> refer = slugs(ServiceType.class, e.refer() == null ? List.of() : e.refer());
      return Optional.of(new Effect(slug(EffectKind.class, e.kind()), Optional.ofNullable(e.text()), refer));
    } catch (IllegalArgumentException invalid) {
      entry.report(problems, "effect", invalid.getMessage());
      return Optional.empty();
    }
  }

  // Slugs were checked by the shape (@OneOf), so parsing cannot fail here.
  private static <E extends Enum<E>> E slug(Class<E> type, String value) {
    return Slugs.parse(type, value).orElseThrow();
  }

  private static <E extends Enum<E>> List<E> slugs(Class<E> type, List<String> values) {
    return values.stream().map(v -> slug(type, v)).toList();
  }
}
