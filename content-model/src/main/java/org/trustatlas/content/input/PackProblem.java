package org.trustatlas.content.input;

import java.util.Objects;

/**
 * One thing wrong with a content pack, located so an editor can go straight to it.
 *
 * @param file the pack file, relative to the pack folder (such as {@code concepts/challenges.yaml})
 * @param line 1-based line, 0 when the problem concerns the whole file
 * @param column 1-based column, 0 when the problem concerns the whole file
 * @param pointer JSON pointer into the file's document, such as {@code /concepts/3/family}
 * @param message what is wrong and what would be right, in words an editor understands
 */
public record PackProblem(String file, int line, int column, String pointer, String message)
    implements Comparable<PackProblem> {

  public PackProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(message, "message");
  }

  /** {@code concepts/challenges.yaml:12:5: message}, the form compilers and editors understand. */
  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + message + (pointer.isEmpty() ? "" : " (at " + pointer + ")");
  }

  @Override
  public int compareTo(PackProblem other) {
    int byFile = file.compareTo(other.file);
    if (byFile != 0) {
      return byFile;
    }
    int byLine = Integer.compare(line, other.line);
    return byLine != 0 ? byLine : Integer.compare(column, other.column);
  }
}
