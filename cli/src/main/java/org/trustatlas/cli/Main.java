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

  private Main() {}

  public static void main(String[] args) {
    System.exit(Cli.run(Environment.system(), utf8(FileDescriptor.out), utf8(FileDescriptor.err), args));
  }

  /** UTF-8 whatever the locale (Java 17 follows it), buffered: output is flushed once, at the end. */
  private static PrintWriter utf8(FileDescriptor descriptor) {
    return new PrintWriter(new BufferedWriter(new OutputStreamWriter(new FileOutputStream(descriptor),
        StandardCharsets.UTF_8)));
  }
}
