package org.trustatlas.cli;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code atlas} in a process of its own on the built class path: the CLI with the web and MCP adapters
 * and their libraries, as {@code ./atlas serve} and {@code ./atlas mcp} run it, without this module's
 * test classes (whose stand-in server would answer {@code serve} instead of the web adapter).
 */
final class FrontEndProcess {

  private FrontEndProcess() {}

  static String java() {
    return ProcessHandle.current().info().command().orElse("java");
  }

  /** The class path without the entries {@code leaveOut} names (by a part of their path). */
  static String classPath(String... leaveOut) {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !entry.endsWith("test-classes"))
        .filter(entry -> Arrays.stream(leaveOut).noneMatch(entry::contains))
        .collect(Collectors.joining(File.pathSeparator));
  }

  /** {@code java -cp ... org.trustatlas.cli.Main args...}. */
  static List<String> command(String classPath, String... args) {
    List<String> command = new ArrayList<>(List.of(java(), "-cp", classPath, Main.class.getName()));
    command.addAll(List.of(args));
    return command;
  }

  /** What one run printed, with the JVM's class-loading log among it, and how it exited. */
  record ClassLoading(int exitCode, List<String> lines) {

    /** Whether the class of that name was loaded. */
    boolean loaded(String className) {
      return lines.stream().anyMatch(line -> line.contains(" " + className + " "));
    }
  }

  /** {@code atlas args...} in a JVM of its own that logs every class it loads, run to its end. */
  static ClassLoading classLoading(String... args) throws IOException, InterruptedException {
    List<String> command = command(classPath(), args);
    command.add(1, "-Xlog:class+load");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    List<String> lines;
    try (var output = process.inputReader()) {
      lines = output.lines().toList();
    }
    return new ClassLoading(process.waitFor(), lines);
  }
}
