package org.trustatlas.content.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.trustatlas.content.input.Quote;
import org.trustatlas.core.internal.Slugs;
import org.trustatlas.core.internal.Suggestions;
import tools.jackson.databind.JsonNode;

/**
 * Checks a YAML tree against the DTO record it should map to: unknown fields, missing required
 * fields, wrong types, values outside an enum. It reads the rules off the records themselves, the
 * same records the JSON Schema is generated from, so the schema and the loader cannot disagree.
 * Every problem is reported; a tree that passes maps to its record without error.
 */
final class Shape {

  private static final Map<Class<?>, List<RecordComponent>> COMPONENTS = new ConcurrentHashMap<>();

  private Shape() {}

  /** Returns true when the tree at {@code pointer} has the shape of {@code type}. */
  static boolean check(YamlDocument doc, JsonNode node, String pointer, Class<?> type, Problems problems) {
    if (!node.isObject()) {
      doc.report(problems, pointer, "expected a mapping of " + fieldNames(type) + ", found " + describe(node));
      return false;
    }
    boolean ok = true;
    List<RecordComponent> components = components(type);
    Set<String> known = new LinkedHashSet<>();
    components.forEach(c -> known.add(c.getName()));
    for (String name : node.propertyNames()) {
      if (!known.contains(name)) {
        doc.report(problems, pointer + "/" + name, "unknown field " + Quote.of(name) + Suggestions.hint(name, known)
            + "; the fields are " + String.join(", ", known));
        ok = false;
      }
    }
    for (RecordComponent component : components) {
      JsonNode value = node.get(component.getName());
      String at = pointer + "/" + component.getName();
      if (value == null || value.isNull()) {
        if (required(component)) {
          // given with no value (~, null, nothing after the colon): shown where it is, not where its mapping starts
          doc.report(problems, value == null ? pointer : at, value == null ? "missing required field '"
              + component.getName() + "'" : component.getName() + " is required, and has no value here");
          ok = false;
        }
        continue;
      }
      ok &= checkValue(doc, value, at, component.getGenericType(), component.getAnnotation(OneOf.class),
          component.getAnnotation(KeysOneOf.class), problems);
    }
    return ok;
  }

  private static boolean checkValue(YamlDocument doc, JsonNode value, String at, Type type, OneOf oneOf,
      KeysOneOf keys, Problems problems) {
    if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
      if (!value.isArray()) {
        doc.report(problems, at, "expected a list, found " + describe(value));
        return false;
      }
      boolean ok = true;
      for (int i = 0; i < value.size(); i++) {
        ok &= checkValue(doc, value.get(i), at + "/" + i, list.getActualTypeArguments()[0], oneOf, null, problems);
      }
      return ok;
    }
    if (type instanceof ParameterizedType map && map.getRawType() == Map.class) {
      return checkMap(doc, value, at, map.getActualTypeArguments()[1], oneOf, keys, problems);
    }
    if (type == String.class) {
      if (!value.isString()) {
        doc.report(problems, at, "expected text, found " + describe(value));
        return false;
      }
      return oneOf == null || checkSlug(doc, value.asString(), at, oneOf.value(), problems);
    }
    if (type == Integer.class) {
      return expect(value.isIntegralNumber() && value.canConvertToInt(), doc, at, "a whole number", value, problems);
    }
    if (type == Double.class) {
      return expect(value.isNumber(), doc, at, "a number", value, problems);
    }
    if (type == Boolean.class) {
      return expect(value.isBoolean(), doc, at, "true or false", value, problems);
    }
    if (type instanceof Class<?> nested && nested.isRecord()) {
      return check(doc, value, at, nested, problems);
    }
    throw new IllegalStateException("no shape rule for " + type);
  }

  // A mapping whose keys are slugs of one enum (@KeysOneOf) and whose values each have one type.
  private static boolean checkMap(YamlDocument doc, JsonNode value, String at, Type valueType, OneOf oneOf,
      KeysOneOf keys, Problems problems) {
    if (!value.isObject()) {
      doc.report(problems, at, "expected a mapping, found " + describe(value));
      return false;
    }
    boolean ok = true;
    for (String key : value.propertyNames()) {
      String keyAt = at + "/" + key;
      ok &= keys == null || checkSlug(doc, key, keyAt, keys.value(), problems);
      ok &= checkValue(doc, value.get(key), keyAt, valueType, oneOf, null, problems);
    }
    return ok;
  }

  private static boolean expect(boolean fits, YamlDocument doc, String at, String expected, JsonNode value,
      Problems problems) {
    if (!fits) {
      doc.report(problems, at, "expected " + expected + ", found " + describe(value));
    }
    return fits;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static boolean checkSlug(YamlDocument doc, String value, String at, Class<? extends Enum<?>> slugs,
      Problems problems) {
    Class enumType = slugs;
    Optional<?> parsed = Slugs.parse(enumType, value);
    if (parsed.isEmpty() || !Slugs.of((Enum<?>) parsed.get()).equals(value)) {
      List<String> valid = Arrays.stream(enumType.getEnumConstants()).map(e -> Slugs.of((Enum<?>) e)).toList();
      doc.report(problems, at, Quote.of(value) + " is not one of " + String.join(", ", valid)
          + Suggestions.hint(value, valid));
      return false;
    }
    return true;
  }

  private static boolean required(RecordComponent component) {
    // @JsonProperty cannot target record components, so Java puts it on the accessor (and field).
    JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
    return property != null && property.required();
  }

  private static List<RecordComponent> components(Class<?> type) {
    return COMPONENTS.computeIfAbsent(type, t -> List.of(t.getRecordComponents()));
  }

  private static String fieldNames(Class<?> type) {
    return String.join(", ", components(type).stream().map(RecordComponent::getName).toList());
  }

  static String describe(JsonNode node) {
    if (node.isMissingNode()) {
      return "an empty file";
    }
    if (node.isObject()) {
      return "a mapping";
    }
    if (node.isArray()) {
      return "a list";
    }
    if (node.isNull()) {
      return "nothing (an empty value)";
    }
    return node.isString() ? "text " + Quote.of(node.asString())
        : node.getNodeType().name().toLowerCase(Locale.ROOT) + " " + Quote.bare(node.toString());
  }
}
