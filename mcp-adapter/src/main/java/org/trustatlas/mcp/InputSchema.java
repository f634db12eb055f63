package org.trustatlas.mcp;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trustatlas.content.json.AtlasJson;
import org.trustatlas.content.read.Vocabulary;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A tool's input schema (JSON Schema 2020-12), written next to the tool so its vocabularies come
 * from the same enums the core parses: a new role or relation kind appears in the schema by itself.
 */
final class InputSchema {

  private final ObjectNode root = AtlasJson.object();
  private final ObjectNode properties;

  private InputSchema() {
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("type", "object");
    properties = root.putObject("properties");
    root.put("additionalProperties", false);
  }

  static InputSchema object() {
    return new InputSchema();
  }

  InputSchema text(String name, String description, int maxLength) {
    property(name, description).put("type", "string").put("minLength", 1).put("maxLength", maxLength);
    return this;
  }

  InputSchema integer(String name, String description, long min, long max) {
    property(name, description).put("type", "integer").put("minimum", min).put("maximum", max);
    return this;
  }

  /** A string from a fixed vocabulary. */
  InputSchema oneOf(String name, String description, List<String> words) {
    ObjectNode property = property(name, description).put("type", "string");
    words.forEach(property.putArray("enum")::add);
    return this;
  }

  InputSchema textList(String name, String description) {
    ObjectNode property = property(name, description).put("type", "array").put("minItems", 1);
    property.putObject("items").put("type", "string").put("minLength", 1);
    return this;
  }

  /** An object whose members are named by {@code keys}, each one word of {@code words}. */
  InputSchema wordMap(String name, String description, List<String> keys, List<String> words) {
    ObjectNode property = property(name, description).put("type", "object");
    ObjectNode members = property.putObject("properties");
    for (String key : keys) {
      ArrayNode allowed = members.putObject(key).put("type", "string").putArray("enum");
      words.forEach(allowed::add);
    }
    property.put("additionalProperties", false);
    return this;
  }

  /** An object described only in words, for shapes defined elsewhere (a scenario, answers). */
  InputSchema freeObject(String name, String description) {
    property(name, description).put("type", "object");
    return this;
  }

  InputSchema required(String... names) {
    ArrayNode required = root.withArray("required");
    Arrays.stream(names).forEach(required::add);
    return this;
  }

  /** The argument names, for {@link Arguments#of}. */
  Set<String> names() {
    return Set.copyOf(properties.propertyNames());
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> toMap() {
    return AtlasJson.mapper().convertValue(root, Map.class);
  }

  static <E extends Enum<E>> List<String> slugs(Class<E> type) {
    return Vocabulary.of(type, type.getSimpleName()).words();
  }

  private ObjectNode property(String name, String description) {
    return properties.putObject(name).put("description", description);
  }
}
