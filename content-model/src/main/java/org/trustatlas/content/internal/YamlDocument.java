package org.trustatlas.content.internal;

import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * One parsed pack file: its tree and, for every JSON pointer in it, the line and column where that
 * value starts, so problems found later in the tree can still be shown at their place in the file.
 */
final class YamlDocument {

  static final YAMLMapper YAML = YAMLMapper.builder().build();

  private final String file;
  private final JsonNode root;
  private final Map<String, int[]> locations;

  private YamlDocument(String file, JsonNode root, Map<String, int[]> locations) {
    this.file = file;
    this.root = root;
    this.locations = locations;
  }

  /** Parses {@code text}; malformed YAML is reported to {@code problems} and gives an empty result. */
  static YamlDocument parse(String file, String text, Problems problems) {
    try {
      JsonNode root = YAML.readTree(text);
      return new YamlDocument(file, root == null ? YAML.missingNode() : root, locate(text));
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      int line = at == null ? 0 : at.getLineNr();
      int column = at == null ? 0 : at.getColumnNr();
      problems.add(file, line, column, "", "this is not valid YAML or JSON: " + firstLine(e.getOriginalMessage()));
      return null;
    }
  }

  private static Map<String, int[]> locate(String text) {
    Map<String, int[]> found = new HashMap<>();
    try (JsonParser parser = YAML.createParser(text)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          continue;
        }
        TokenStreamLocation at = parser.currentTokenLocation();
        String pointer = parser.streamReadContext().pathAsPointer().toString();
        found.putIfAbsent(pointer, new int[] {at.getLineNr(), at.getColumnNr()});
      }
    }
    return found;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  String file() {
    return file;
  }

  JsonNode root() {
    return root;
  }

  /** Line and column of the value at {@code pointer}, or of its nearest enclosing value. */
  int[] location(String pointer) {
    String at = pointer;
    while (true) {
      int[] found = locations.get(at);
      if (found != null) {
        return found;
      }
      if (at.isEmpty()) {
        return new int[] {1, 1};
      }
      at = at.substring(0, at.lastIndexOf('/'));
    }
  }

  void report(Problems problems, String pointer, String message) {
    int[] at = location(pointer);
    problems.add(file, at[0], at[1], pointer, message);
  }
}
