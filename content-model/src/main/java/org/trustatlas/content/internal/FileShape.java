package org.trustatlas.content.internal;

import java.util.ArrayList;
import java.util.List;
import org.trustatlas.content.input.Quote;
import org.trustatlas.core.internal.Suggestions;
import tools.jackson.databind.JsonNode;

/**
 * The top level of a pack file: a mapping of a few named lists, checked entry by entry with
 * {@link Shape}, so one broken entry is reported without hiding its neighbours from later checks.
 */
final class FileShape {

  private FileShape() {}

  /**
   * Checks a file whose root maps {@code listField} to a list of {@code entryType}, entry by entry:
   * a broken entry is reported and left out, the others still map, so one typo does not hide the
   * rest of the file from the checks that follow.
   */
  static <E> List<Located<E>> entries(YamlDocument doc, String listField, Class<E> entryType, Problems problems) {
    return fileFields(doc, List.of(listField), problems) ? list(doc, listField, entryType, problems) : List.of();
  }

  /**
   * Checks that the root of {@code doc} is a mapping and reports every field not in {@code fields}.
   * Returns false only when the root is not a mapping at all.
   */
  static boolean fileFields(YamlDocument doc, List<String> fields, Problems problems) {
    JsonNode root = doc.root();
    String names = "'" + String.join("' and '", fields) + "'";
    if (!root.isObject()) {
      doc.report(problems, "", "expected a mapping with " + (fields.size() == 1 ? "the field " : "the fields ") + names
          + ", found " + Shape.describe(root));
      return false;
    }
    for (String name : root.propertyNames()) {
      if (!fields.contains(name)) {
        doc.report(problems, "/" + name, "unknown field " + Quote.of(name) + Suggestions.hint(name, fields)
            + "; this file has only " + names);
      }
    }
    return true;
  }

  /**
   * The entries of the list at {@code /listField}, each checked against {@code entryType}. A broken
   * entry is reported and kept as a located null, so its neighbours keep their indexes.
   */
  static <E> List<Located<E>> list(YamlDocument doc, String listField, Class<E> entryType, Problems problems) {
    JsonNode list = doc.root().get(listField);
    if (list == null || !list.isArray()) {
      doc.report(problems, list == null ? "" : "/" + listField, "expected '" + listField + "' to be a list"
          + (list == null ? ", but it is missing" : ", found " + Shape.describe(list)));
      return List.of();
    }
    List<Located<E>> entries = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      String at = "/" + listField + "/" + i;
      if (Shape.check(doc, list.get(i), at, entryType, problems)) {
        entries.add(new Located<>(YamlDocument.YAML.treeToValue(list.get(i), entryType), doc, at));
      } else {
        entries.add(new Located<>(null, doc, at));
      }
    }
    return entries;
  }
}
