package org.trustatlas.mcp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trustatlas.content.json.AtlasJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tools' output schemas, taken from the content model's published output schemas so a tool's
 * structured content and the HTTP API's answers have one shape. A client validates against a tool's
 * schema without fetching anything, so every reference to another schema file is brought in: that
 * file's definitions join {@code $defs} under its name ({@code plan.output.schema.json#/$defs/x}
 * becomes {@code #/$defs/plan-x}).
 */
final class OutputSchemas {

  private static final String FOLDER = "/org/trustatlas/content/schema/";
  private static final String BASE = "https://trustatlas.org/schema/";

  private OutputSchemas() {}

  /** The content model's schema {@code file}, self-contained, with an object at its root. */
  static Map<String, Object> file(String file) {
    ObjectNode root = load(file);
    if (!root.has("type")) {
      root.put("type", "object");
    }
    return map(selfContained(root));
  }

  /** An object schema of {@code properties} (referring to content model schemas), all required. */
  static Map<String, Object> object(String description, ObjectNode properties) {
    ObjectNode root = AtlasJson.object();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("type", "object");
    root.put("description", description);
    root.set("properties", properties);
    properties.propertyNames().forEach(root.withArray("required")::add);
    root.put("additionalProperties", false);
    return map(selfContained(root));
  }

  /** {@code {"$ref": "file#pointer"}}, for {@link #object}. */
  static ObjectNode ref(String file, String pointer) {
    return AtlasJson.object().put("$ref", file + (pointer.isEmpty() ? "" : "#" + pointer));
  }

  /** {@code {"type": "array", "items": item}}. */
  static ObjectNode arrayOf(ObjectNode item) {
    ObjectNode array = AtlasJson.object().put("type", "array");
    array.set("items", item);
    return array;
  }

  private static ObjectNode selfContained(ObjectNode root) {
    root.remove("$id");
    ObjectNode defs = root.has("$defs") ? (ObjectNode) root.get("$defs") : AtlasJson.object();
    root.remove("$defs");
    Deque<String> pending = new ArrayDeque<>();
    Set<String> roots = new HashSet<>();
    rewrite(root, "", pending, roots);
    Set<String> imported = new HashSet<>();
    Set<String> rootsImported = new HashSet<>();
    while (!pending.isEmpty()) {
      String file = pending.pop();
      String stem = stem(file);
      if (imported.add(file)) {
        ObjectNode schema = load(file);
        JsonNode fileDefs = schema.path("$defs");
        for (String name : List.copyOf(fileDefs.propertyNames())) {
          defs.set(stem + "-" + name, rewrite(fileDefs.get(name).deepCopy(), stem, pending, roots));
        }
      }
      if (roots.contains(file) && rootsImported.add(file)) {
        ObjectNode schema = load(file);
        List.of("$schema", "$id", "$defs").forEach(schema::remove);
        defs.set(stem, rewrite(schema, stem, pending, roots));
      }
    }
    if (!defs.isEmpty()) {
      root.set("$defs", defs);
    }
    return root;
  }

  /** Points every {@code $ref} in {@code node}, which belongs to schema {@code owner} ("" for the root), into the root. */
  private static JsonNode rewrite(JsonNode node, String owner, Deque<String> pending, Set<String> roots) {
    if (node instanceof ObjectNode object) {
      for (String name : List.copyOf(object.propertyNames())) {
        JsonNode value = object.get(name);
        if (name.equals("$ref") && value.isString()) {
          object.put(name, target(value.asString(), owner, pending, roots));
        } else {
          rewrite(value, owner, pending, roots);
        }
      }
    } else if (node.isArray()) {
      node.forEach(child -> rewrite(child, owner, pending, roots));
    }
    return node;
  }

  private static String target(String ref, String owner, Deque<String> pending, Set<String> roots) {
    String local = ref.startsWith(BASE) ? ref.substring(BASE.length()) : ref;
    int hash = local.indexOf('#');
    String file = hash < 0 ? local : local.substring(0, hash);
    String fragment = hash < 0 ? "" : local.substring(hash + 1);
    String stem = file.isEmpty() ? owner : stem(file);
    if (!file.isEmpty()) {
      pending.add(file);
    }
    if (fragment.isEmpty() || fragment.equals("/")) {
      if (file.isEmpty()) {
        return owner.isEmpty() ? "#" : "#/$defs/" + owner;
      }
      roots.add(file);
      return "#/$defs/" + stem;
    }
    if (!fragment.startsWith("/$defs/")) {
      throw new IllegalStateException("schema reference '" + ref + "' points outside $defs");
    }
    return "#/$defs/" + (stem.isEmpty() ? "" : stem + "-") + fragment.substring("/$defs/".length());
  }

  private static String stem(String file) {
    String name = file.substring(file.lastIndexOf('/') + 1);
    return name.replace(".output.schema.json", "").replace(".schema.json", "");
  }

  private static ObjectNode load(String file) {
    try (InputStream in = OutputSchemas.class.getResourceAsStream(FOLDER + file)) {
      if (in == null) {
        throw new IllegalStateException("the MCP adapter needs " + FOLDER + file + " on the class path");
      }
      return (ObjectNode) AtlasJson.mapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(ObjectNode schema) {
    return AtlasJson.mapper().convertValue(schema, Map.class);
  }
}
