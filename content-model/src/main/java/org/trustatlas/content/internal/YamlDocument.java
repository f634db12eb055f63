package org.trustatlas.content.internal;

import java.util.Map;
import org.trustatlas.content.input.InputException;
import org.trustatlas.content.input.InputLimits;
import org.trustatlas.content.input.StrictTree;
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

  /**
   * Parses one pack file strictly (see {@link StrictTree}) within {@link InputLimits#PACK_FILE}, as
   * reviewed text, which may hold no character that hides from its reviewer; a malformed or
   * oversized text is reported to {@code problems} and gives no document.
   */
  static YamlDocument parse(String file, String text, Problems problems) {
    try {
      return of(file, StrictTree.readReviewed(file, text, StrictTree.Syntax.YAML, InputLimits.PACK_FILE));
    } catch (InputException refused) {
      problems.add(refused.problem());
      return null;
    }
  }

  /**
   * Parses what a reader or a program sends (a scenario) within {@code limits}: as strictly, and it
   * keeps the invisible characters readers' text holds.
   */
  static YamlDocument parse(String file, String text, InputLimits limits, Problems problems) {
    try {
      return of(file, StrictTree.read(file, text, StrictTree.Syntax.YAML, limits));
    } catch (InputException refused) {
      problems.add(refused.problem());
      return null;
    }
  }

  private static YamlDocument of(String file, StrictTree.Result read) {
    return new YamlDocument(file, read.root(), read.locations());
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
