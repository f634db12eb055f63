package org.trustatlas.core.safety;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes nested maps, lists and scalars as block YAML in the bundled files' layout: long text folded
 * with {@code >-}, anything that is not a plain slug double-quoted (so "yes", "000" and URLs stay
 * strings under any YAML version). Test code only: it keeps the bundled YAML and the fixtures equal.
 */
public final class YamlText {

  private static final Pattern PLAIN = Pattern.compile("[a-z][a-z0-9-]*|\\d{4}-\\d\\d-\\d\\d");
  private static final Pattern WORDS_YAML_READS_AS_BOOLEANS = Pattern.compile("yes|no|true|false|on|off|null|y|n");
  private static final int WIDTH = 100;

  private YamlText() {}

  public static String render(Map<String, ?> document) {
    StringBuilder out = new StringBuilder();
    map(document, 0, out);
    return out.toString();
  }

  private static void map(Map<String, ?> map, int indent, StringBuilder out) {
    boolean first = true;
    for (Map.Entry<String, ?> entry : map.entrySet()) {
      if (!first || out.length() == 0 || out.charAt(out.length() - 1) == '\n') {
        out.append(" ".repeat(indent));
      }
      first = false;
      entry(entry.getKey(), entry.getValue(), indent, out);
    }
  }

  private static void entry(String key, Object value, int indent, StringBuilder out) {
    out.append(key).append(':');
    if (value instanceof Map<?, ?> nested) {
      out.append('\n');
      map(cast(nested), indent + 2, out);
    } else if (value instanceof List<?> list && list.stream().anyMatch(Map.class::isInstance)) {
      out.append('\n');
      for (Object item : list) {
        out.append(" ".repeat(indent + 2)).append("- ");
        map(cast((Map<?, ?>) item), indent + 4, out);
      }
    } else {
      out.append(' ').append(scalarOrFlow(value, indent + 2)).append('\n');
    }
  }

  private static String scalarOrFlow(Object value, int indent) {
    if (value instanceof List<?> list) {
      return list.stream().map(YamlText::inline).reduce((a, b) -> a + ", " + b).map(s -> "[" + s + "]").orElse("[]");
    }
    if (value instanceof String text && text.length() > 60 && text.contains(" ") && !text.contains("\n")) {
      return folded(text, indent);
    }
    return inline(value);
  }

  private static String inline(Object value) {
    if (value instanceof Boolean || value instanceof Number) {
      return value.toString();
    }
    String text = value.toString();
    if (PLAIN.matcher(text).matches() && !WORDS_YAML_READS_AS_BOOLEANS.matcher(text).matches()) {
      return text;
    }
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  // Folding joins lines with one space, so text with single spaces between words survives exactly.
  private static String folded(String text, int indent) {
    StringBuilder out = new StringBuilder(">-");
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && indent + line.length() + 1 + word.length() > WIDTH) {
        out.append('\n').append(" ".repeat(indent)).append(line);
        line.setLength(0);
      }
      line.append(line.length() == 0 ? "" : " ").append(word);
    }
    return out.append('\n').append(" ".repeat(indent)).append(line).toString();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, ?> cast(Map<?, ?> map) {
    return (Map<String, ?>) map;
  }
}
