package org.trustatlas.core.checkin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trustatlas.core.model.ConceptId;

/** The shape of checkin.yaml, as the fixture would be written in it. */
final class CheckInYaml {

  private CheckInYaml() {}

  static Map<String, Object> document(List<Question> questions) {
    return Map.of("questions", questions.stream().map(CheckInYaml::question).toList());
  }

  private static Map<String, Object> question(Question question) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("id", question.id());
    map.put("section", question.section().slug());
    map.put("prompt", question.prompt());
    question.help().ifPresent(help -> map.put("help", help));
    map.put("multiple", question.multiple());
    if (question.alone()) {
      map.put("alone", true);
    }
    map.put("choices", question.choices().stream().map(CheckInYaml::choice).toList());
    return map;
  }

  private static Map<String, Object> choice(Choice choice) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("id", choice.id());
    map.put("label", choice.label());
    if (!choice.flags().isEmpty()) {
      Map<String, Object> flags = new LinkedHashMap<>();
      choice.flags().forEach((flag, state) -> flags.put(flag.slug(), state.slug()));
      map.put("flags", flags);
    }
    if (!choice.challenges().isEmpty()) {
      map.put("challenges", choice.challenges().stream().map(ConceptId::value).toList());
    }
    if (!choice.aggravators().isEmpty()) {
      map.put("aggravators", choice.aggravators().stream().map(ConceptId::value).toList());
    }
    choice.role().ifPresent(role -> map.put("role", role.slug()));
    choice.region().ifPresent(region -> map.put("region", region.code()));
    if (choice.stop()) {
      map.put("stop", true);
    }
    if (choice.shared()) {
      map.put("shared", true);
    }
    return map;
  }
}
