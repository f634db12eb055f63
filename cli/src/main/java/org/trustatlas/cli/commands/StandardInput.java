package org.trustatlas.cli.commands;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Whether this process was started with its standard input closed ({@code atlas mcp <&-}). Descriptor 0
 * is then free, and the JVM's first file takes it (on Linux its modules image, {@code lib/modules}, 128
 * MB): {@code System.in} and {@code /dev/stdin} would read that file as if someone had sent it. Only
 * Linux's {@code /proc} shows this; elsewhere standard input is taken as given.
 */
final class StandardInput {

  private static final Path DESCRIPTOR = Path.of("/proc/self/fd/0");

  private StandardInput() {}

  /** True when descriptor 0 is a file the JVM opened for itself: its modules image or a jar it runs. */
  static boolean closed() {
    try {
      if (!Files.isSymbolicLink(DESCRIPTOR)) {
        return false;
      }
      if (Files.isSameFile(DESCRIPTOR, Path.of(System.getProperty("java.home"), "lib", "modules"))) {
        return true;
      }
      for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
        if (entry.endsWith(".jar") && Files.isSameFile(DESCRIPTOR, Path.of(entry))) {
          return true;
        }
      }
      return false;
    } catch (IOException | InvalidPathException | SecurityException unknown) {
      return false;
    }
  }

  /** True when {@code file} ({@code -}, {@code /dev/stdin}, {@code /dev/fd/0}) is standard input and it is closed. */
  static boolean closed(Path file) {
    if (file.toString().equals("-")) {
      return closed();
    }
    try {
      return closed() && Files.isSameFile(file, DESCRIPTOR);
    } catch (IOException | SecurityException unknown) {
      return false;
    }
  }

  /** The usage error's words after the option and the file named. */
  static String closedProblem() {
    return "is standard input, which is closed; give a file";
  }
}
