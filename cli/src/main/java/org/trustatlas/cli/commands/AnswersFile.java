package org.trustatlas.cli.commands;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trustatlas.content.json.AtlasJson;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;

/**
 * Reads {@code --answers}: a JSON object of question id to a choice id or a list of choice ids,
 * such as {@code {"danger-now": "no", "what-happened": ["cheating", "lies"]}}. Only its form is
 * checked here; whether the ids exist is core's to say. The text is never kept or echoed.
 */
final class AnswersFile {

  private AnswersFile() {}

  /** A problem with the file's form; its message names what is wrong and the form that is right. */
  static final class Malformed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Malformed(String message) {
      super(message);
    }
  }

  static Map<String, List<String>> parse(String text) {
    JsonNode root;
    try {
      root = AtlasJson.mapper().reader().with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(text);
    } catch (JacksonException notJson) {
      // The original message only: the full one quotes the input, and answers are never echoed.
      String where = notJson.getLocation() == null ? ""
          : " at line " + notJson.getLocation().getLineNr() + ", column " + notJson.getLocation().getColumnNr();
      throw new Malformed("is not valid JSON" + where + ": " + firstLine(notJson.getOriginalMessage()));
    }
    if (root == null || !root.isObject()) {
      throw new Malformed("must be a JSON object of question id to choice id, such as {\"danger-now\": \"no\"}");
    }
    Map<String, List<String>> answers = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : root.properties()) {
      answers.put(entry.getKey(), choices(entry.getKey(), entry.getValue()));
    }
    return answers;
  }

  private static List<String> choices(String question, JsonNode value) {
    if (value.isString()) {
      return List.of(value.asString());
    }
    if (value.isArray() && !value.isEmpty()) {
      List<String> ids = new ArrayList<>();
      for (JsonNode item : value) {
        if (!item.isString()) {
          throw wrongShape(question);
        }
        ids.add(item.asString());
      }
      return ids;
    }
    throw wrongShape(question);
  }

  private static Malformed wrongShape(String question) {
    return new Malformed("gives '" + question + "' something other than a choice id or a non-empty list of choice "
        + "ids, such as \"not-sure\" or [\"cheating\", \"lies\"]");
  }

  private static String firstLine(String message) {
    String text = message == null ? "" : message.strip();
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }
}
