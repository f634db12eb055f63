package org.trustatlas.mcp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.trustatlas.content.input.Quote;
import org.trustatlas.content.read.Vocabulary;

/**
 * The arguments of one tool call, read with the checks its input schema states. The SDK's own schema
 * check is off, because it cannot say "did you mean": here every mistake (an unknown argument, a
 * wrong type, a value outside its vocabulary or range) is a {@link ToolError} naming the nearest valid
 * value. Values are only read, never kept or logged.
 */
final class Arguments {

  private final Map<String, Object> values;

  private Arguments(Map<String, Object> values) {
    this.values = values;
  }

  /** The call's arguments; any name not in {@code allowed} is an error that suggests the nearest. */
  static Arguments of(Map<String, Object> raw, Set<String> allowed) {
    Map<String, Object> values = raw == null ? Map.of() : raw;
    for (String name : values.keySet()) {
      if (!allowed.contains(name)) {
        throw new ToolError("unknown argument " + Quote.of(name) + new Vocabulary("argument", allowed.stream().sorted().toList()).hint(name)
            + "; the arguments are " + (allowed.isEmpty() ? "none" : String.join(", ", allowed.stream().sorted().toList())));
      }
    }
    return new Arguments(values);
  }

  Optional<String> string(String name) {
    Object value = values.get(name);
    if (value == null) {
      return Optional.empty();
    }
    if (!(value instanceof String text)) {
      throw new ToolError(name + ": expected a string, got " + describe(value));
    }
    return Optional.of(text.strip());
  }

  String requiredString(String name) {
    return string(name).filter(s -> !s.isEmpty())
        .orElseThrow(() -> new ToolError(name + ": required; give a non-empty string"));
  }

  /** A list of strings; a single string counts as a list of one. */
  List<String> strings(String name) {
    Object value = values.get(name);
    if (value == null) {
      return List.of();
    }
    if (value instanceof String one) {
      return List.of(one.strip());
    }
    if (!(value instanceof List<?> list)) {
      throw new ToolError(name + ": expected a list of strings, got " + describe(value));
    }
    List<String> strings = new ArrayList<>();
    for (Object item : list) {
      if (!(item instanceof String text)) {
        throw new ToolError(name + ": expected a list of strings, but an item is " + describe(item));
      }
      strings.add(text.strip());
    }
    return strings;
  }

  /** An object whose values are strings. */
  Map<String, String> stringMap(String name) {
    Map<String, String> result = new LinkedHashMap<>();
    object(name).forEach((key, value) -> {
      if (!(value instanceof String text)) {
        throw new ToolError(name + "." + key + ": expected a string, got " + describe(value));
      }
      result.put(key, text.strip());
    });
    return result;
  }

  /** The JSON object given for {@code name}, if any, as it was sent. */
  Optional<Map<String, Object>> rawObject(String name) {
    return values.containsKey(name) ? Optional.of(object(name)) : Optional.empty();
  }

  private Map<String, Object> object(String name) {
    Object value = values.get(name);
    if (value == null) {
      return Map.of();
    }
    if (!(value instanceof Map<?, ?> map)) {
      throw new ToolError(name + ": expected an object, got " + describe(value));
    }
    Map<String, Object> copy = new LinkedHashMap<>();
    map.forEach((key, item) -> copy.put(String.valueOf(key), item));
    return copy;
  }

  /** A whole number from {@code min} to {@code max}; {@code fallback} when absent. */
  Optional<Long> integer(String name, long min, long max) {
    Object value = values.get(name);
    if (value == null) {
      return Optional.empty();
    }
    long number;
    if (value instanceof Integer || value instanceof Long) {
      number = ((Number) value).longValue();
    } else if (value instanceof Number decimal && decimal.doubleValue() == Math.rint(decimal.doubleValue())
        && Math.abs(decimal.doubleValue()) < 1e15) {
      number = decimal.longValue();
    } else {
      throw new ToolError(name + ": expected a whole number from " + min + " to " + max + ", got " + describe(value));
    }
    if (number < min || number > max) {
      throw new ToolError(name + ": " + number + " is out of range; valid: " + min + " to " + max);
    }
    return Optional.of(number);
  }

  /** One word of an enum's vocabulary, spelled as its slug ({@code leads-to}). */
  <E extends Enum<E>> Optional<E> slug(String name, Class<E> type) {
    Vocabulary valid = Vocabulary.of(type, name);
    return string(name).map(value -> Vocabulary.parse(type, value).orElseThrow(
        () -> new ToolError(name + ": unknown value " + Quote.of(value) + valid.hint(value) + "; valid: " + valid.listed())));
  }

  /** Parses a value with a core parser whose errors already name the valid values. */
  static <T> T parse(String name, String value, Function<String, T> parser) {
    try {
      return parser.apply(value);
    } catch (IllegalArgumentException invalid) {
      throw ToolError.from(name, invalid);
    }
  }

  private static String describe(Object value) {
    if (value instanceof Map) {
      return "an object";
    }
    if (value instanceof List) {
      return "a list";
    }
    if (value instanceof Boolean) {
      return "a boolean";
    }
    if (value instanceof Number) {
      return "a number";
    }
    return "a string";
  }
}
