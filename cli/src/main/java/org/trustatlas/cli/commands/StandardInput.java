package org.trustatlas.cli.commands;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Whether this process was started with its standard input closed ({@code atlas mcp <&-}). Descriptor 0
 * is then free, and the JVM's first file takes it (on Linux its modules image, {@code lib/modules}, 128
 * MB): {@code System.in} and {@code /dev/stdin} would read that file as if someone had sent it. Only
 * Linux's {@code /proc} shows this; elsewhere standard input is taken as given (README says so).
 */
final class StandardInput {

  private static final Path DESCRIPTOR = Path.of("/proc/self/fd/0");

  private StandardInput() {}

  /**
   * True when descriptor 0 is closed: no descriptor 0 at all, or a file the JVM opened for itself in its
   * place (its modules image or a jar it runs).
   */
  static boolean closed() {
    try {
      if (Files.isDirectory(DESCRIPTOR.getParent()) && Files.notExists(DESCRIPTOR, LinkOption.NOFOLLOW_LINKS)) {
        return true;
      }
      if (!Files.isSymbolicLink(DESCRIPTOR)) {
        return false;
      }
      if (isDescriptor(Path.of(System.getProperty("java.home"), "lib", "modules"))) {
        return true;
      }
      for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
        if (entry.endsWith(".jar") && isDescriptor(Path.of(entry))) {
          return true;
        }
      }
      return false;
    } catch (InvalidPathException | SecurityException unknown) {
      return false;
    }
  }

  /**
   * True when {@code file} ({@code /dev/stdin}, {@code /dev/fd/0}) is standard input and it is closed;
   * {@code -} is the caller's to read as standard input where an option takes it so.
   */
  static boolean closed(Path file) {
    return closed() && isDescriptor(file);
  }

  // A file that is missing, or a class path entry that names none, is not descriptor 0.
  private static boolean isDescriptor(Path file) {
    try {
      return Files.isSameFile(file, DESCRIPTOR);
    } catch (IOException | SecurityException unknown) {
      return false;
    }
  }

  /** The usage error's words after the option and the file named. */
  static String closedProblem() {
    return "is standard input, which is closed; give a file";
  }
}
