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
   * Parses {@code text} strictly (see {@link StrictTree}) within the limits of one pack file; a
   * malformed or oversized text is reported to {@code problems} and gives no document.
   */
  static YamlDocument parse(String file, String text, Problems problems) {
    return parse(file, text, InputLimits.PACK_FILE, problems);
  }

  static YamlDocument parse(String file, String text, InputLimits limits, Problems problems) {
    try {
      StrictTree.Result read = StrictTree.read(file, text, StrictTree.Syntax.YAML, limits);
      return new YamlDocument(file, read.root(), read.locations());
    } catch (InputException refused) {
      problems.add(refused.problem());
      return null;
    }
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
