package org.trustatlas.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.trustatlas.cli.output.Environment;

/** {@code atlas}: runs the command line on the real streams and exits with its code. */
public final class Main {

  private static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";
  private static final String CLOSURES = "picocli.disable.closures";

  private Main() {}

  public static void main(String[] args) {
    lightenPicocli();
    System.exit(Cli.run(Environment.system(), utf8(FileDescriptor.out), utf8(FileDescriptor.err), args));
  }

  /**
   * Skips two of picocli's first-use lookups that no atlas command needs (an explicit setting of
   * either property wins): converters for java.time and java.sql types, found by reflection, and
   * Groovy's {@code Closure} class, whose absence is found by opening every jar on the class path
   * (about 18 ms of each start).
   */
  static void lightenPicocli() {
    if (System.getProperty(CONVERTER_EXCLUDES) == null) {
      System.setProperty(CONVERTER_EXCLUDES, "java\\.(sql|time)\\..*");
    }
    if (System.getProperty(CLOSURES) == null) {
      System.setProperty(CLOSURES, "true");
    }
  }

  /** UTF-8 whatever the locale (Java 17 follows it), buffered: output is flushed once, at the end. */
  private static PrintWriter utf8(FileDescriptor descriptor) {
    return new PrintWriter(new BufferedWriter(new OutputStreamWriter(new FileOutputStream(descriptor),
        StandardCharsets.UTF_8)));
  }
}
