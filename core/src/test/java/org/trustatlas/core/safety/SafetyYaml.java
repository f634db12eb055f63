package org.trustatlas.core.safety;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trustatlas.core.model.ActorRole;
import org.trustatlas.core.model.ChallengeFamily;
import org.trustatlas.core.model.ConceptId;
import org.trustatlas.core.internal.Slugs;

/** The shapes of safety-rules.yaml and resources.yaml, as the fixtures would be written in them. */
final class SafetyYaml {

  private SafetyYaml() {}

  static Map<String, Object> rules(List<SafetyRule> rules) {
    return Map.of("rules", rules.stream().map(SafetyYaml::rule).toList());
  }

  private static Map<String, Object> rule(SafetyRule rule) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("id", rule.id());
    map.put("condition", condition(rule.condition()));
    Map<String, Object> effect = new LinkedHashMap<>();
    effect.put("kind", rule.effect().kind().slug());
    rule.effect().text().ifPresent(text -> effect.put("text", text));
    if (!rule.effect().refer().isEmpty()) {
      effect.put("refer", slugs(rule.effect().refer()));
    }
    map.put("effect", effect);
    map.put("rationale", rule.rationale());
    map.put("source", rule.source());
    return map;
  }

  static Map<String, Object> condition(Condition condition) {
    if (condition instanceof Condition.AllOf all) {
      return Map.of("allOf", all.all().stream().map(SafetyYaml::condition).toList());
    }
    if (condition instanceof Condition.AnyOf any) {
      return Map.of("anyOf", any.any().stream().map(SafetyYaml::condition).toList());
    }
    if (condition instanceof Condition.Not not) {
      return Map.of("not", condition(not.condition()));
    }
    if (condition instanceof Condition.FlagIs flag) {
      Map<String, Object> test = new LinkedHashMap<>();
      test.put("any", slugs(flag.flags()));
      test.put("is", flag.state().slug());
      return Map.of("flag", test);
    }
    if (condition instanceof Condition.FamilyPresent family) {
      return Map.of("family", family.families().stream().map(ChallengeFamily::slug).toList());
    }
    if (condition instanceof Condition.ChallengePresent challenge) {
      return Map.of("challenge", challenge.challenges().stream().map(ConceptId::value).toList());
    }
    if (condition instanceof Condition.CandidateIs candidate) {
      return Map.of("candidate", candidate.trait().slug());
    }
    if (condition instanceof Condition.ReaderIs reader) {
      return Map.of("reader", reader.readers().stream().map(ActorRole::slug).toList());
    }
    return Map.of("actor", ((Condition.ActorIs) condition).actors().stream().map(ActorRole::slug).toList());
  }

  static Map<String, Object> directory(List<EmergencyNumber> numbers, List<CrisisResource> resources) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("emergencyNumbers", numbers.stream().map(SafetyYaml::emergency).toList());
    map.put("resources", resources.stream().map(SafetyYaml::resource).toList());
    return map;
  }

  private static Map<String, Object> emergency(EmergencyNumber number) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("region", number.region().code());
    map.put("numbers", number.numbers());
    number.note().ifPresent(note -> map.put("note", note));
    provenance(map, number.sourceUrl(), number.lastVerified().toString(), number.certainty());
    return map;
  }

  private static Map<String, Object> resource(CrisisResource resource) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("id", resource.id());
    map.put("name", resource.name());
    map.put("region", resource.region().code());
    resource.area().ifPresent(area -> {
      map.put("area", area.name());
      map.put("areaCode", area.code());
    });
    if (!resource.tags().isEmpty()) {
      map.put("tags", slugs(resource.tags()));
    }
    map.put("types", slugs(resource.types()));
    map.put("channels", resource.channels().stream().map(SafetyYaml::channel).toList());
    map.put("hours", resource.hours());
    map.put("audience", resource.audience());
    resource.minimumAge().ifPresent(age -> map.put("minimumAge", age));
    provenance(map, resource.sourceUrl(), resource.lastVerified().toString(), resource.certainty());
    return map;
  }

  private static Map<String, Object> channel(Channel channel) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("kind", channel.kind().slug());
    map.put("value", channel.value());
    channel.note().ifPresent(note -> map.put("note", note));
    channel.certainty().ifPresent(certainty -> map.put("certainty", certainty.slug()));
    return map;
  }

  private static void provenance(Map<String, Object> map, String url, String date, Certainty certainty) {
    map.put("sourceUrl", url);
    map.put("lastVerified", date);
    map.put("certainty", certainty.slug());
  }

  private static List<String> slugs(List<? extends Enum<?>> values) {
    return values.stream().map(Slugs::of).toList();
  }
}
